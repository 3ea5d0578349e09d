// SPDX-License-Identifier: Apache-2.0
/**
 * Implementation of the JSON binding and the feed readers: byte-level line splitting, UTF-8 checks, record
 * budgets and the wording of record-level problems. Not exported; nothing here is API.
 */
package id.prakerja.json.internal;
