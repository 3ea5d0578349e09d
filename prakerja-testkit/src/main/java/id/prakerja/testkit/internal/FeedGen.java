// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.testkit.ApplicantGenerator;
import id.prakerja.testkit.ExpectedReport;
import id.prakerja.testkit.FeedGenerator;
import id.prakerja.testkit.FeedLine;
import id.prakerja.testkit.GeneratedFeed;
import id.prakerja.testkit.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/** The implementation of {@link FeedGenerator}. */
public final class FeedGen implements FeedGenerator {

    private static final long EDGE_SEED = 0xFEED_0000L;
    private static final Set<RuleCode> FEED_LEVEL = EnumSet.of(
            RuleCode.FEED_DUPLICATE_NIK,
            RuleCode.ELIGIBILITY_FAMILY_QUOTA,
            RuleCode.RECORD_MALFORMED,
            RuleCode.FIELD_UNKNOWN);

    private final ApplicantGen<RawApplicant> applicants;
    private final int valid;
    private final Map<RuleCode, Integer> counts;

    private FeedGen(ApplicantGen<RawApplicant> applicants, int valid, Map<RuleCode, Integer> counts) {
        this.applicants = applicants;
        this.valid = valid;
        this.counts = counts;
    }

    /** Feeds of the records of {@code applicants}, which must be eligible ones. */
    @SuppressWarnings("unchecked")
    public static FeedGen of(ApplicantGenerator<RawApplicant> applicants) {
        if (!(applicants instanceof ApplicantGen<?> g) || g.spec().typed()) {
            throw new IllegalArgumentException("use a generator of raw records from Applicants.valid()");
        }
        if (g.defect().isPresent()) {
            throw new IllegalArgumentException("the records of a feed come from an eligible generator; ask for "
                    + g.defect().get() + " with defects(code, count) instead of breaking(code)");
        }
        return new FeedGen(
                ((ApplicantGen<RawApplicant>) g).withFamilyCountField(false), 100, new EnumMap<>(RuleCode.class));
    }

    @Override
    public FeedGenerator atWave(int wave) {
        ApplicantGen<RawApplicant> moved = (ApplicantGen<RawApplicant>) applicants.atWave(wave);
        FeedGen out = new FeedGen(moved, valid, counts);
        for (Map.Entry<RuleCode, Integer> e : counts.entrySet()) {
            if (e.getValue() > 0) {
                out.requireCarries(e.getKey());
            }
        }
        return out;
    }

    @Override
    public FeedGenerator valid(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("valid(" + count + "): the count must not be negative");
        }
        return new FeedGen(applicants, count, counts);
    }

    @Override
    public FeedGenerator defects(RuleCode code, int count) {
        Objects.requireNonNull(code, "code");
        if (count < 0) {
            throw new IllegalArgumentException("defects(" + code + ", " + count + "): the count must not be negative");
        }
        if (count > 0) {
            requireCarries(code);
        }
        Map<RuleCode, Integer> c = new EnumMap<>(RuleCode.class);
        c.putAll(counts);
        c.put(code, count);
        return new FeedGen(applicants, valid, Collections.unmodifiableMap(c));
    }

    private void requireCarries(RuleCode code) {
        if (!defectCodes().contains(code)) {
            String why = code == RuleCode.ELIGIBILITY_FAMILY_QUOTA
                    ? "the family quota is not in force at wave " + wave() + " (from wave 12)"
                    : Defects.whyNotBreakable(applicants.spec(), code);
            throw new IllegalArgumentException("a feed at wave " + wave() + " cannot carry " + code + ": " + why);
        }
    }

    @Override
    public FeedGenerator duplicates(int count) {
        return defects(RuleCode.FEED_DUPLICATE_NIK, count);
    }

    @Override
    public FeedGenerator familyQuotaBreaches(int count) {
        return defects(RuleCode.ELIGIBILITY_FAMILY_QUOTA, count);
    }

    @Override
    public FeedGenerator malformed(int count) {
        return defects(RuleCode.RECORD_MALFORMED, count);
    }

    @Override
    public FeedGenerator unknownFields(int count) {
        return defects(RuleCode.FIELD_UNKNOWN, count);
    }

    @Override
    public Set<RuleCode> defectCodes() {
        Set<RuleCode> out = EnumSet.copyOf(applicants.breakableCodes());
        out.add(RuleCode.FEED_DUPLICATE_NIK);
        out.add(RuleCode.RECORD_MALFORMED);
        out.add(RuleCode.FIELD_UNKNOWN);
        if (applicants.spec().params().familyQuota().value().isPresent()) {
            out.add(RuleCode.ELIGIBILITY_FAMILY_QUOTA);
        }
        return Collections.unmodifiableSet(out);
    }

    @Override
    public int wave() {
        return applicants.wave();
    }

    @Override
    public Evaluation evaluation() {
        return applicants.evaluation();
    }

    private int count(RuleCode code) {
        return counts.getOrDefault(code, 0);
    }

    // ---------------------------------------------------------------------------------------------------

    @Override
    public GeneratedFeed next(RandomGenerator random) {
        return generate(random.nextLong());
    }

    @Override
    public GeneratedFeed generate(long seed) {
        return build(seed, Order.RANDOM);
    }

    @Override
    public List<GeneratedFeed> edgeCases() {
        return List.of(build(EDGE_SEED, Order.DEFECTS_FIRST), build(EDGE_SEED, Order.DEFECTS_LAST));
    }

    @Override
    public List<GeneratedFeed> shrink(GeneratedFeed failing) {
        if (!(failing instanceof Feed f)) {
            return List.of();
        }
        FeedGen g = f.origin;
        List<FeedGen> configs = new ArrayList<>();
        for (RuleCode code : g.counts.keySet()) {
            int n = g.count(code);
            if (n > 0) {
                configs.add((FeedGen) g.defects(code, 0));
                if (n > 1) {
                    configs.add((FeedGen) g.defects(code, n / 2));
                }
            }
        }
        if (g.valid > 0) {
            configs.add(new FeedGen(g.applicants, g.valid / 2, g.counts));
            configs.add(new FeedGen(g.applicants, g.valid - 1, g.counts));
        }
        List<GeneratedFeed> out = new ArrayList<>();
        for (FeedGen c : configs) {
            try {
                out.add(c.build(f.seed, f.order));
            } catch (IllegalArgumentException e) {
                // the smaller counts do not fit together (e.g. too few valid records for the families)
            }
        }
        return List.copyOf(out);
    }

    enum Order {
        RANDOM,
        DEFECTS_FIRST,
        DEFECTS_LAST
    }

    private enum Kind {
        MALFORMED,
        UNKNOWN,
        DEFECT,
        DUPLICATE,
        BREACH,
        SINGLE,
        MEMBER
    }

    private static final class Slot {
        Kind kind;
        final RuleCode code;
        final int family;
        int original = -1;

        Slot(Kind kind, RuleCode code, int family) {
            this.kind = kind;
            this.code = code;
            this.family = family;
        }

        boolean defective() {
            return kind != Kind.SINGLE && kind != Kind.MEMBER;
        }
    }

    private Feed build(long seed, Order order) {
        RandomGenerator r = Seeds.random(seed);
        int duplicates = count(RuleCode.FEED_DUPLICATE_NIK);
        int breaches = count(RuleCode.ELIGIBILITY_FAMILY_QUOTA);
        int quota = applicants.spec().params().familyQuota().value().orElse(0);
        int families = 0;
        if (breaches > 0) {
            int most = Math.min(breaches, (valid - duplicates) / quota);
            if (most < 1) {
                throw new IllegalArgumentException("familyQuotaBreaches(" + breaches + ") needs families of " + quota
                        + " valid members, and duplicates(" + duplicates
                        + ") one valid original each: ask for at least "
                        + (duplicates + quota) + " valid records, not " + valid);
            }
            families = 1 + r.nextInt(most);
        }
        if (duplicates > valid - families * quota) {
            throw new IllegalArgumentException("duplicates(" + duplicates + ") needs as many valid records that are"
                    + " not family members: ask for at least " + (duplicates + families * quota)
                    + " valid records, not "
                    + valid);
        }
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < valid - families * quota; i++) {
            slots.add(new Slot(Kind.SINGLE, null, -1));
        }
        int[] perFamily = new int[families];
        for (int f = 0; f < families; f++) {
            perFamily[f] = 1;
        }
        for (int i = families; i < breaches; i++) {
            perFamily[r.nextInt(families)]++;
        }
        for (int f = 0; f < families; f++) {
            for (int m = 0; m < quota; m++) {
                slots.add(new Slot(Kind.MEMBER, null, f));
            }
            for (int b = 0; b < perFamily[f]; b++) {
                slots.add(new Slot(Kind.BREACH, RuleCode.ELIGIBILITY_FAMILY_QUOTA, f));
            }
        }
        for (int i = 0; i < duplicates; i++) {
            slots.add(new Slot(Kind.DUPLICATE, RuleCode.FEED_DUPLICATE_NIK, -1));
        }
        for (int i = 0; i < count(RuleCode.RECORD_MALFORMED); i++) {
            slots.add(new Slot(Kind.MALFORMED, RuleCode.RECORD_MALFORMED, -1));
        }
        for (int i = 0; i < count(RuleCode.FIELD_UNKNOWN); i++) {
            slots.add(new Slot(Kind.UNKNOWN, RuleCode.FIELD_UNKNOWN, -1));
        }
        for (Map.Entry<RuleCode, Integer> e : counts.entrySet()) {
            if (!FEED_LEVEL.contains(e.getKey())) {
                for (int i = 0; i < e.getValue(); i++) {
                    slots.add(new Slot(Kind.DEFECT, e.getKey(), -1));
                }
            }
        }
        arrange(slots, order, r);
        placeFamilies(slots, families);
        placeDuplicates(slots, r);
        return fill(slots, r, seed, order);
    }

    private static void arrange(List<Slot> slots, Order order, RandomGenerator r) {
        switch (order) {
            case RANDOM:
                for (int i = slots.size() - 1; i > 0; i--) {
                    Collections.swap(slots, i, r.nextInt(i + 1));
                }
                break;
            case DEFECTS_FIRST:
                slots.sort(Comparator.comparing((Slot s) -> s.kind));
                break;
            default:
                slots.sort(Comparator.comparing((Slot s) -> !s.defective())
                        .reversed()
                        .thenComparing(s -> s.kind));
        }
    }

    /** The first members of each family come first; the later ones breach the quota. */
    private static void placeFamilies(List<Slot> slots, int families) {
        for (int f = 0; f < families; f++) {
            int members = 0;
            for (Slot s : slots) {
                if (s.family == f && (s.kind == Kind.MEMBER || s.kind == Kind.BREACH)) {
                    members++;
                }
            }
            int breaches = 0;
            for (Slot s : slots) {
                if (s.family == f && s.kind == Kind.BREACH) {
                    breaches++;
                }
            }
            int seen = 0;
            for (int i = 0; i < slots.size(); i++) {
                Slot s = slots.get(i);
                if (s.family == f) {
                    Kind k = seen++ < members - breaches ? Kind.MEMBER : Kind.BREACH;
                    slots.set(i, new Slot(k, k == Kind.BREACH ? RuleCode.ELIGIBILITY_FAMILY_QUOTA : null, f));
                }
            }
        }
    }

    /** Every duplicate comes after its original, an earlier record without family members in the feed. */
    private static void placeDuplicates(List<Slot> slots, RandomGenerator r) {
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (s.kind == Kind.DUPLICATE && pool.isEmpty()) {
                int j = i + 1;
                while (slots.get(j).kind != Kind.SINGLE) {
                    j++;
                }
                Collections.swap(slots, i, j);
                s = slots.get(i);
            }
            if (s.kind == Kind.SINGLE) {
                pool.add(i);
            } else if (s.kind == Kind.DUPLICATE) {
                s.original = pool.remove(r.nextInt(pool.size()));
            }
        }
    }

    private Feed fill(List<Slot> slots, RandomGenerator r, long seed, Order order) {
        Set<String> niks = new HashSet<>();
        Set<String> cards = new HashSet<>();
        Map<Integer, RawApplicant> familyFirst = new HashMap<>();
        List<FeedLine> lines = new ArrayList<>(slots.size());
        Map<RuleCode, List<Integer>> byCode = new EnumMap<>(RuleCode.class);
        int validLines = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            int number = i + 1;
            RawApplicant raw;
            String text;
            OptionalInt first = OptionalInt.empty();
            switch (s.kind) {
                case SINGLE:
                    raw = fresh(applicants, r, niks, cards, true);
                    text = Json.applicant(raw);
                    break;
                case MEMBER:
                case BREACH:
                    RawApplicant head = familyFirst.get(s.family);
                    if (head == null) {
                        raw = fresh(applicants, r, niks, cards, true);
                        familyFirst.put(s.family, raw);
                    } else {
                        raw = RawApplicant.builder()
                                .from(fresh(applicants, r, niks, cards, false))
                                .familyCardNumber(head.familyCardNumber())
                                .domicileProvinceCode(head.domicileProvinceCode())
                                .domicileRegencyCode(head.domicileRegencyCode())
                                .build();
                    }
                    text = Json.applicant(raw);
                    break;
                case DUPLICATE:
                    FeedLine original = lines.get(s.original);
                    raw = original.raw().orElseThrow();
                    text = original.text();
                    first = OptionalInt.of(s.original + 1);
                    break;
                case DEFECT:
                    raw = fresh(applicants.breaking(s.code), r, niks, cards, true);
                    text = Json.applicant(raw);
                    break;
                case UNKNOWN:
                    raw = fresh(applicants, r, niks, cards, true);
                    String[] extra = Names.pick(r, UNKNOWN_FIELDS).apply(raw, r);
                    text = Json.withField(Json.applicant(raw), extra[0], Json.quote(extra[1]));
                    break;
                default:
                    RawApplicant cut = fresh(applicants, r, niks, cards, true);
                    text = Names.pick(r, MALFORMED).apply(Json.applicant(cut), r);
                    raw = null;
            }
            if (s.code == null) {
                validLines++;
            } else {
                byCode.computeIfAbsent(s.code, c -> new ArrayList<>()).add(number);
            }
            lines.add(new Line(number, text, Optional.ofNullable(raw), Optional.ofNullable(s.code), first));
        }
        StringBuilder sb = new StringBuilder();
        for (FeedLine l : lines) {
            sb.append(l.text()).append('\n');
        }
        ExpectedReport report = ExpectedReport.of(lines.size(), validLines, byCode);
        return new Feed(sb.toString(), List.copyOf(lines), report, this, seed, order);
    }

    /** A record whose NIK (and family card, when {@code ownCard}) no earlier line uses. */
    private static RawApplicant fresh(
            ApplicantGenerator<RawApplicant> gen,
            RandomGenerator r,
            Set<String> niks,
            Set<String> cards,
            boolean ownCard) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            RawApplicant raw = gen.next(r);
            boolean nikFree = raw.nik() == null || !niks.contains(raw.nik());
            boolean cardFree = !ownCard || raw.familyCardNumber() == null || !cards.contains(raw.familyCardNumber());
            if (nikFree && cardFree) {
                if (raw.nik() != null) {
                    niks.add(raw.nik());
                }
                if (ownCard && raw.familyCardNumber() != null) {
                    cards.add(raw.familyCardNumber());
                }
                return raw;
            }
        }
        throw new IllegalStateException("could not draw a record with a NIK and family card not yet in the feed");
    }

    /** Lines that are not a JSON object (RECORD_MALFORMED), made from a valid record's line. */
    private static final List<BiFunction<String, RandomGenerator, String>> MALFORMED = List.of(
            (line, r) -> line.substring(0, 1 + r.nextInt(line.length() - 1)),
            (line, r) -> line.substring(0, line.length() - 1),
            (line, r) -> "[" + line + "]",
            (line, r) -> "null",
            (line, r) -> "\"record\"",
            (line, r) -> line.replace('"', '\''),
            (line, r) -> line.substring(0, line.length() - 1) + ",}",
            (line, r) -> line.replaceFirst("\"nik\":", "nik:"),
            (line, r) -> csv(line));

    private static String csv(String line) {
        // the values of the record as a CSV row: a common mistake when a spreadsheet export is sent as NDJSON
        return line.substring(1, line.length() - 1)
                .replaceAll("\"[A-Za-z]+\":", "")
                .replace("\"", "");
    }

    /** Fields the applicant format does not define (FIELD_UNKNOWN), as name and value. */
    private static final List<BiFunction<RawApplicant, RandomGenerator, String[]>> UNKNOWN_FIELDS = List.of(
            (raw, r) -> new String[] {"email", "pendaftar" + (1000 + r.nextInt(9000)) + "@example.com"},
            (raw, r) -> new String[] {"phoneNumber", "+62812" + (1_000_000 + r.nextInt(9_000_000))},
            (raw, r) -> new String[] {"motherMaidenName", Names.draw(r, Sex.FEMALE)});

    /** One line of a generated feed. */
    private record Line(
            int number, String text, Optional<RawApplicant> raw, Optional<RuleCode> expectedCode, OptionalInt firstLine)
            implements FeedLine {
        @Override
        public String toString() {
            return "line " + number + ": " + expectedCode.map(RuleCode::name).orElse("valid")
                    + (firstLine.isPresent() ? " (first on line " + firstLine.getAsInt() + ")" : "");
        }
    }

    /** A generated feed, which remembers how it was made so that it can shrink. */
    private static final class Feed implements GeneratedFeed {
        private final String text;
        private final List<FeedLine> lines;
        private final ExpectedReport report;
        private final FeedGen origin;
        private final long seed;
        private final Order order;

        Feed(String text, List<FeedLine> lines, ExpectedReport report, FeedGen origin, long seed, Order order) {
            this.text = text;
            this.lines = lines;
            this.report = report;
            this.origin = origin;
            this.seed = seed;
            this.order = order;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public List<FeedLine> lines() {
            return lines;
        }

        @Override
        public ExpectedReport expectedReport() {
            return report;
        }

        @Override
        public int wave() {
            return origin.wave();
        }

        @Override
        public Evaluation evaluation() {
            return origin.evaluation();
        }

        @Override
        public String toString() {
            return "GeneratedFeed[wave " + wave() + ", " + report.records() + " records, valid=" + report.valid() + ", "
                    + report.violationsByCode() + (order == Order.RANDOM ? "" : ", " + order) + "]";
        }
    }

    @Override
    public String toString() {
        return "FeedGenerator[wave " + wave() + ", valid=" + valid + ", " + counts + "]";
    }
}
