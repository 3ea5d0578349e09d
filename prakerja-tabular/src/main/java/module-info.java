// SPDX-License-Identifier: Apache-2.0
/**
 * CSV and streamed Excel ({@code .xlsx}) applicant feeds for prakerja, read into the same
 * {@link id.prakerja.json.FeedRecord}s as prakerja-json's JSON readers.
 */
module id.prakerja.tabular {
    requires transitive id.prakerja.json;
    requires de.siegmar.fastcsv;
    requires org.dhatim.fastexcel.reader;

    exports id.prakerja.tabular;
}
