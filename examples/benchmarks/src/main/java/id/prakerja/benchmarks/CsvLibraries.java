// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

/** A timed comparison of the two CSV candidates on one million applicant rows (not JMH: a selection aid, see docs/benchmarks.md). */
public final class CsvLibraries {
    private CsvLibraries() {}

    /** Runs five rounds and prints the times. */
    public static void main(String[] a) throws Exception {
        StringBuilder b = new StringBuilder(
                "nik,familyCardNumber,fullName,birthDate,sex,citizenship,domicile.provinceCode,domicile.regencyCode,workforceCategory,inFormalEducation,occupation,socialAssistance,priorParticipation,otherFamilyRecipients,wave\r\n");
        Random r = new Random(20210816);
        for (int i = 0; i < 1_000_000; i++) {
            b.append(3174000000000000L + r.nextInt(1_000_000_000))
                    .append(',')
                    .append(3174000000000000L + r.nextInt(1_000_000_000))
                    .append(i % 50 == 0 ? ",\"Aminah, Siti \"\"Ani\"\"\"," : ",Siti Aminah,")
                    .append("1999-08-17,FEMALE,WNI,31,3174,JOB_SEEKER,false,PRIVATE_EMPLOYEE,PKH;BSU,NONE,0,18\r\n");
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        System.out.println("bytes " + bytes.length);
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            long n = 0;
            try (var rd = de.siegmar.fastcsv.reader.CsvReader.builder()
                    .ofCsvRecord(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
                for (var rec : rd) n += rec.getFieldCount();
            }
            long t1 = System.nanoTime();
            long m = 0;
            var mapper = new tools.jackson.dataformat.csv.CsvMapper();
            try (tools.jackson.databind.MappingIterator<String[]> it = mapper.readerFor(String[].class)
                    .with(tools.jackson.dataformat.csv.CsvReadFeature.WRAP_AS_ARRAY)
                    .readValues(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
                while (it.hasNext()) m += it.next().length;
            }
            long t2 = System.nanoTime();
            System.out.printf(
                    "round %d: fastcsv %d ms (%d fields), jackson-csv %d ms (%d fields)%n",
                    round, (t1 - t0) / 1_000_000, n, (t2 - t1) / 1_000_000, m);
        }
    }
}
