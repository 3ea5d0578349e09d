// SPDX-License-Identifier: Apache-2.0
/** Implementation of the tabular readers: the column table, the CSV and the workbook sources. Not API. */
package id.prakerja.tabular.internal;
