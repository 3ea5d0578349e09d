/** Jackson 3 binding of prakerja's wire formats: {@link id.prakerja.json.PrakerjaModule}. */
package id.prakerja.json;
