// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A deterministic NDJSON feed of applicant records for wave 18, all in one {@code byte[]} (ASCII, one record
 * per line, each line ending in {@code '\n'}), with the start offset of every line.
 *
 * <p>The same seed and size always give the same bytes. Every line is well-formed JSON with known field
 * names and enum names (so that Jackson databind never throws and all competitors do the same work); the
 * invalid records are invalid by content. The mix, per new record (rounded):
 *
 * <ul>
 *   <li>about 80% eligible;
 *   <li>eligibility: too old 3%, too young 2%, excluded occupation 3%, excluded social assistance 4%, in
 *       formal education 2%, prior recipient 1%, revoked 0.5%, WNA 0.5%, family quota by
 *       {@code otherFamilyRecipients = 2} 0.5%;
 *   <li>identifiers: NIK serial 0000 0.2%, unknown NIK province 0.2%, birth date not the NIK's 0.3%, sex not
 *       the NIK's 0.3%, family card recorded after the evaluation date 0.1%;
 *   <li>across records: 0.5% of lines repeat an earlier record exactly ({@code FEED_DUPLICATE_NIK}); 6% of
 *       new records join the family card of a recent record, so some cards reach a third member
 *       ({@code ELIGIBILITY_FAMILY_QUOTA} in a feed).
 * </ul>
 *
 * NIKs are otherwise distinct with overwhelming probability (random region, birth date and serial).
 */
public final class FeedGenerator {

    /** The seed the benchmarks use. */
    public static final long SEED = 20210816L;

    private static final String[] FIRST = {
        "Siti", "Budi", "Dewi", "Agus", "Rina", "Eko", "Sri", "Joko", "Ayu", "Bambang", "Putri", "Andi", "Nur", "Rudi",
        "Fitri", "Hendra", "Indah", "Wahyu", "Lestari", "Dimas", "Ratna", "Yusuf", "Maya", "Rizky"
    };
    private static final String[] LAST = {
        "Aminah",
        "Santoso",
        "Wulandari",
        "Setiawan",
        "Hidayat",
        "Saputra",
        "Rahmawati",
        "Nugroho",
        "Kurniawan",
        "Pratama",
        "Siregar",
        "Nasution",
        "Simanjuntak",
        "Sihombing",
        "Lubis",
        "Harahap",
        "Wijaya",
        "Gunawan",
        "Susanti",
        "Hakim"
    };
    private static final int[] PROVINCES = {
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74,
        75, 76, 81, 82, 91, 92, 93, 94, 95, 96
    };

    /**
     * Per province code (0–99), the district codes (six digits, as numbers) of its current regencies in the
     * Kemendagri table; {@code null} for a number that is not a province.
     */
    private static final int[][] DISTRICTS = districts();

    private static int[][] districts() {
        id.prakerja.core.identity.RegionDirectory regions = id.prakerja.core.identity.RegionDirectory.builtIn();
        int[][] out = new int[100][];
        for (int code : PROVINCES) {
            id.prakerja.core.identity.Province province =
                    id.prakerja.core.identity.Province.ofCode(two(code)).orElseThrow();
            java.util.List<String> all = new java.util.ArrayList<>();
            for (String regency : regions.currentRegencyCodes(province)) {
                all.addAll(regions.districtCodes(regency));
            }
            out[code] = all.stream().mapToInt(Integer::parseInt).toArray();
        }
        return out;
    }

    private static final String[] CATEGORIES = {
        "JOB_SEEKER", "LAID_OFF", "NEEDS_UPSKILLING", "FURLOUGHED", "NON_WAGE_WORKER", "MICRO_SMALL_ENTREPRENEUR"
    };
    private static final String[] ALLOWED_OCCUPATIONS = {
        "PRIVATE_EMPLOYEE", "INFORMAL_WORKER", "BUSINESS_OWNER", "UNEMPLOYED", "OTHER"
    };
    private static final String[] EXCLUDED_OCCUPATIONS = {
        "STATE_OFFICIAL",
        "DPRD_MEMBER",
        "CIVIL_SERVANT",
        "MILITARY",
        "POLICE",
        "VILLAGE_HEAD",
        "VILLAGE_APPARATUS",
        "SOE_BOARD_MEMBER"
    };
    private static final String[] ASSISTANCE = {"DTKS_BANSOS", "PKH", "BPNT", "BSU", "BPUM"};

    private static final long VALID_BIRTH_FROM = LocalDate.of(1956, 8, 17).toEpochDay(); // 64 on 2021-08-16
    private static final long VALID_BIRTH_TO = LocalDate.of(2003, 8, 16).toEpochDay(); // 18 that day
    private static final long OLD_BIRTH_FROM = LocalDate.of(1935, 1, 1).toEpochDay();
    private static final long OLD_BIRTH_TO = LocalDate.of(1956, 8, 15).toEpochDay();
    private static final long YOUNG_BIRTH_FROM = LocalDate.of(2004, 1, 1).toEpochDay();
    private static final long YOUNG_BIRTH_TO = LocalDate.of(2006, 12, 31).toEpochDay();
    private static final long KK_FROM = LocalDate.of(2005, 1, 1).toEpochDay();
    private static final long KK_TO = LocalDate.of(2021, 6, 30).toEpochDay();

    /** The generated feed. */
    public static final class Feed {
        private final byte[] bytes;
        private final int[] starts;

        Feed(byte[] bytes, int[] starts) {
            this.bytes = bytes;
            this.starts = starts;
        }

        /** The whole feed. */
        public byte[] bytes() {
            return bytes;
        }

        /** The number of records (lines). */
        public int records() {
            return starts.length - 1;
        }

        /** The offset of line {@code i} (0-based); {@code start(records())} is the length of the feed. */
        public int start(int i) {
            return starts[i];
        }

        /** The length of line {@code i} without its {@code '\n'}. */
        public int length(int i) {
            return starts[i + 1] - starts[i] - 1;
        }

        /** Line {@code i} as text, for tests and examples. */
        public String line(int i) {
            return new String(bytes, starts[i], length(i), java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    private FeedGenerator() {}

    /** A feed of {@code records} lines from {@code seed}. */
    public static Feed generate(int records, long seed) {
        Lines lines = new Lines(seed);
        Out out = new Out(records * 400);
        int[] starts = new int[records + 1];
        for (int i = 0; i < records; i++) {
            starts[i] = out.size();
            lines.advance();
            out.bytes(lines.bytes());
            out.write('\n');
        }
        starts[records] = out.size();
        return new Feed(Arrays.copyOf(out.buf, out.size()), starts);
    }

    /**
     * The lines of the feed of a seed, one at a time and without a newline, for feeds too large to hold in
     * memory ({@link GenerateFeed}). The first {@code n} lines are those of {@code generate(n, seed)}, whatever
     * is read after them: a feed of a seed is a prefix of every longer feed of the same seed.
     */
    public static final class Lines {
        private static final int RECENT = 256;

        private final SplittableRandom rnd;
        private final byte[][] recentLines = new byte[RECENT][];
        private final long[] recentCards = new long[RECENT];
        private final Ascii out = new Ascii(512);
        private byte[] line;
        private int made;
        private boolean repeat;

        /** The lines of {@code seed}. */
        public Lines(long seed) {
            this.rnd = new SplittableRandom(seed);
        }

        /** The next line (ASCII, no newline). */
        public String next() {
            advance();
            return new String(line, StandardCharsets.ISO_8859_1);
        }

        /**
         * Makes the next line, then readable as {@link #bytes()} until the following call: what {@link #next()}
         * does without a {@code String} (for writing a large feed fast).
         */
        public void advance() {
            if (made > 0 && rnd.nextInt(1000) < 5) {
                repeat = true;
                line = recentLines[rnd.nextInt(Math.min(made, RECENT))];
                return;
            }
            repeat = false;
            long card = made > 0 && rnd.nextInt(100) < 6 ? recentCards[rnd.nextInt(Math.min(made, RECENT))] : 0;
            out.size = 0;
            card = record(rnd, card, out);
            line = Arrays.copyOf(out.buf, out.size);
            recentLines[made % RECENT] = line;
            recentCards[made % RECENT] = card;
            made++;
        }

        /** The line {@link #advance()} made, ASCII without its newline; not to be changed. */
        public byte[] bytes() {
            return line;
        }

        /** Whether the last line repeats an earlier one exactly. */
        public boolean lastWasRepeat() {
            return repeat;
        }

        /** The NIK of a line of this generator (every line starts with its 16-digit NIK). */
        public static String nikOf(String line) {
            return line.substring(NIK_AT, NIK_AT + 16);
        }

        /** The NIK of the line {@link #advance()} made, as a number. */
        public long nik() {
            long v = 0;
            for (int i = NIK_AT; i < NIK_AT + 16; i++) {
                v = v * 10 + (line[i] - '0');
            }
            return v;
        }
    }

    private static final int NIK_AT = "{\"nik\":\"".length();

    /**
     * Writes one new record into {@code sb}; returns its family-card number. {@code card} is the number of a
     * recent record to join, or 0 for a card of its own.
     */
    private static long record(SplittableRandom rnd, long card, Ascii sb) {
        int scenario = rnd.nextInt(10_000);
        // eligibility scenarios (per ten thousand)
        boolean tooOld = scenario < 300;
        boolean tooYoung = between(scenario, 300, 500);
        boolean excludedOccupation = between(scenario, 500, 800);
        boolean assistance = between(scenario, 800, 1200);
        boolean education = between(scenario, 1200, 1400);
        boolean prior = between(scenario, 1400, 1500);
        boolean revoked = between(scenario, 1500, 1550);
        boolean wna = between(scenario, 1550, 1600);
        boolean quota = between(scenario, 1600, 1650);
        // identifier scenarios
        boolean zeroSerial = between(scenario, 1650, 1670);
        boolean badRegion = between(scenario, 1670, 1690);
        boolean birthMismatch = between(scenario, 1690, 1720);
        boolean sexMismatch = between(scenario, 1720, 1750);
        boolean futureCard = between(scenario, 1750, 1760);

        boolean female = rnd.nextBoolean();
        long from = tooOld ? OLD_BIRTH_FROM : tooYoung ? YOUNG_BIRTH_FROM : VALID_BIRTH_FROM;
        long to = tooOld ? OLD_BIRTH_TO : tooYoung ? YOUNG_BIRTH_TO : VALID_BIRTH_TO;
        LocalDate birth = LocalDate.ofEpochDay(from + rnd.nextLong(to - from + 1));
        int province = PROVINCES[rnd.nextInt(PROVINCES.length)];
        // the same two draws as before the region table; they now pick a real district of the province
        int regencyDraw = rnd.nextInt(10) == 0 ? 71 + rnd.nextInt(9) : 1 + rnd.nextInt(20);
        int districtDraw = 1 + rnd.nextInt(30);
        int[] districts = DISTRICTS[province];
        int district6 = districts[(regencyDraw * 31 + districtDraw) % districts.length];
        int regency = district6 / 100 % 100;
        int district = district6 % 100;
        int serial = zeroSerial ? 0 : 1 + rnd.nextInt(9999);
        LocalDate nikDate = birthMismatch ? birth.plusDays(1 + rnd.nextInt(300)) : birth;
        boolean nikFemale = sexMismatch != female;
        long nik = sixteen(
                badRegion ? 20 : province,
                regency,
                district,
                nikDate.getDayOfMonth() + (nikFemale ? 40 : 0),
                nikDate.getMonthValue(),
                nikDate.getYear() % 100,
                serial);
        if (card == 0 || futureCard) {
            LocalDate recorded = futureCard
                    ? LocalDate.of(2021, 9, 1).plusDays(rnd.nextInt(700))
                    : LocalDate.ofEpochDay(KK_FROM + rnd.nextLong(KK_TO - KK_FROM + 1));
            card = sixteen(
                    province,
                    regency,
                    district,
                    recorded.getDayOfMonth(),
                    recorded.getMonthValue(),
                    recorded.getYear() % 100,
                    1 + rnd.nextInt(9999));
        }

        sb.append("{\"nik\":\"").sixteenDigits(nik).append('"');
        sb.append(",\"familyCardNumber\":\"").sixteenDigits(card).append('"');
        sb.append(",\"fullName\":\"")
                .append(FIRST[rnd.nextInt(FIRST.length)])
                .append(' ')
                .append(LAST[rnd.nextInt(LAST.length)])
                .append('"');
        sb.append(",\"birthDate\":\"").date(birth).append('"');
        sb.append(",\"sex\":\"").append(female ? "FEMALE" : "MALE").append('"');
        sb.append(",\"citizenship\":\"").append(wna ? "WNA" : "WNI").append('"');
        int dom = rnd.nextInt(10);
        if (dom < 8) {
            sb.append(",\"domicile\":{\"provinceCode\":\"")
                    .two(province)
                    .append("\",\"regencyCode\":\"")
                    .two(province)
                    .two(regency)
                    .append("\"}");
        } else if (dom == 8) {
            sb.append(",\"domicile\":{\"provinceCode\":\"").two(province).append("\"}");
        }
        sb.append(",\"workforceCategory\":\"")
                .append(CATEGORIES[rnd.nextInt(CATEGORIES.length)])
                .append('"');
        sb.append(",\"inFormalEducation\":").append(education);
        if (excludedOccupation) {
            sb.append(",\"occupation\":\"")
                    .append(EXCLUDED_OCCUPATIONS[rnd.nextInt(EXCLUDED_OCCUPATIONS.length)])
                    .append('"');
        } else if (rnd.nextInt(5) > 0) {
            sb.append(",\"occupation\":\"")
                    .append(ALLOWED_OCCUPATIONS[rnd.nextInt(ALLOWED_OCCUPATIONS.length)])
                    .append('"');
        }
        if (assistance) {
            sb.append(",\"socialAssistance\":[\"")
                    .append(ASSISTANCE[rnd.nextInt(ASSISTANCE.length)])
                    .append('"');
            if (rnd.nextInt(4) == 0) {
                sb.append(",\"")
                        .append(ASSISTANCE[rnd.nextInt(ASSISTANCE.length)])
                        .append('"');
            }
            sb.append(']');
        } else if (rnd.nextInt(2) == 0) {
            sb.append(",\"socialAssistance\":[]");
        }
        if (prior || revoked || rnd.nextInt(3) > 0) {
            sb.append(",\"priorParticipation\":\"")
                    .append(prior ? "RECIPIENT" : revoked ? "REVOKED" : "NONE")
                    .append('"');
        }
        sb.append(",\"otherFamilyRecipients\":").append(quota ? 2 : rnd.nextInt(8) == 0 ? 1 : 0);
        sb.append(",\"wave\":18}");
        return card;
    }

    private static boolean between(int x, int from, int to) {
        return x >= from && x < to;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    /** The 16-digit number of six two-digit parts and a four-digit serial (as a NIK or card is written). */
    private static long sixteen(int p, int r, int d, int dd, int mm, int yy, int serial) {
        return ((((((long) p * 100 + r) * 100 + d) * 100 + dd) * 100 + mm) * 100 + yy) * 10_000 + serial;
    }

    /** A reusable ASCII line: the record is written as bytes, with no {@code String} per part. */
    static final class Ascii {
        /** The digits of 00 to 99, two bytes each. */
        private static final byte[] PAIRS = new byte[200];

        static {
            for (int i = 0; i < 100; i++) {
                PAIRS[2 * i] = (byte) ('0' + i / 10);
                PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
            }
        }

        byte[] buf;
        int size;

        Ascii(int capacity) {
            buf = new byte[capacity];
        }

        private void room(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(size + n, buf.length * 2));
            }
        }

        /** ASCII text (every string of the generator is), copied as bytes in one call. */
        @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) is exact for ASCII
        Ascii append(String s) {
            int n = s.length();
            room(n);
            s.getBytes(0, n, buf, size);
            size += n;
            return this;
        }

        Ascii append(char c) {
            room(1);
            buf[size++] = (byte) c;
            return this;
        }

        Ascii append(boolean b) {
            return append(b ? "true" : "false");
        }

        /** A number from 0 to 9 (the counts of the feed). */
        Ascii append(int digit) {
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("one digit expected: " + digit);
            }
            return append((char) ('0' + digit));
        }

        /** Two digits, zero-padded (0–99). */
        Ascii two(int v) {
            room(2);
            buf[size++] = (byte) ('0' + v / 10);
            buf[size++] = (byte) ('0' + v % 10);
            return this;
        }

        /** Sixteen digits, zero-padded: two halves of eight, each two digits at a time. */
        Ascii sixteenDigits(long v) {
            room(16);
            eightDigits((int) (v / 100_000_000L % 100_000_000L), size);
            eightDigits((int) (v % 100_000_000L), size + 8);
            size += 16;
            return this;
        }

        private void eightDigits(int v, int at) {
            for (int i = at + 6; i >= at; i -= 2) {
                int pair = v % 100;
                v /= 100;
                buf[i] = PAIRS[2 * pair];
                buf[i + 1] = PAIRS[2 * pair + 1];
            }
        }

        /** An ISO date of a four-digit year, as {@link LocalDate#toString()} writes it. */
        Ascii date(LocalDate d) {
            int y = d.getYear();
            two(y / 100)
                    .two(y % 100)
                    .append('-')
                    .two(d.getMonthValue())
                    .append('-')
                    .two(d.getDayOfMonth());
            return this;
        }
    }

    /** A growable byte buffer for ASCII text. */
    private static final class Out {
        byte[] buf;
        int size;

        Out(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        int size() {
            return size;
        }

        void write(int b) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, buf.length + (buf.length >> 1));
            }
            buf[size++] = (byte) b;
        }

        void bytes(byte[] b) {
            int n = b.length;
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(size + n, buf.length + (buf.length >> 1)));
            }
            System.arraycopy(b, 0, buf, size, n);
            size += n;
        }
    }
}
