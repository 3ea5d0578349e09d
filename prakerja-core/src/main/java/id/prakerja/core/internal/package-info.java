// SPDX-License-Identifier: Apache-2.0
/** Helpers shared inside prakerja-core; not exported, not API. */
package id.prakerja.core.internal;
