// SPDX-License-Identifier: Apache-2.0
/** Money in whole rupiah: {@link id.prakerja.core.money.Rupiah}. */
package id.prakerja.core.money;
