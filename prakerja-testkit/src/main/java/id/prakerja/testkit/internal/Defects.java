// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.eligibility.Citizenship;
import id.prakerja.core.eligibility.EligibilityRule;
import id.prakerja.core.eligibility.PriorParticipation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * For every code one applicant record can break, the ways to break exactly that code (variants), at which
 * waves and levels each applies. Which codes are breakable is derived from these variants, and each
 * variant's applicability from the programme parameters in force at the wave, never from a list of
 * skipped codes.
 */
final class Defects {
    private Defects() {}

    /** How a typed {@code Applicant} breaks the code of a variant. */
    enum Typed {
        /** Not at all: the code is about the record's text (a typed value is structurally valid). */
        NONE,
        /** The parsed mutated record (eligibility codes). */
        PARSE,
        /** The parsed eligible record, with the mutated record's (valid but mismatching) NIK. */
        NIK,
        /** The parsed eligible record without a workforce category (typed only). */
        NO_CATEGORY
    }

    /** Changes an eligible applicant into a record that breaks one code. */
    @FunctionalInterface
    interface Mutator {
        RawApplicant apply(Draft base, ApplicantSpec spec, RandomGenerator random);
    }

    /** One way to break a code. */
    record Variant(
            RuleCode code,
            String name,
            boolean edge,
            Sex sex,
            boolean raw,
            Typed typed,
            Predicate<ApplicantSpec> applies,
            Mutator mutator) {
        boolean appliesTo(ApplicantSpec spec) {
            return (spec.typed ? typed != Typed.NONE : raw) && applies.test(spec);
        }
    }

    private static final Map<RuleCode, List<Variant>> VARIANTS = build();

    /** Every code that some variant can break, at some wave and level. */
    static Set<RuleCode> candidateCodes() {
        return VARIANTS.keySet();
    }

    /** The variants of {@code code} that apply to {@code spec} (its wave, level and feed mode). */
    static List<Variant> applicable(ApplicantSpec spec, RuleCode code) {
        List<Variant> out = new ArrayList<>();
        for (Variant v : VARIANTS.getOrDefault(code, List.of())) {
            if (v.appliesTo(spec)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Whether a value of {@code spec}'s level can break {@code code} alone at its wave. */
    static boolean breakable(ApplicantSpec spec, RuleCode code) {
        return !applicable(spec, code).isEmpty();
    }

    /** The codes a value of {@code spec}'s level can break alone at its wave, in code order. */
    static Set<RuleCode> breakableCodes(ApplicantSpec spec) {
        Set<RuleCode> out = EnumSet.noneOf(RuleCode.class);
        for (RuleCode code : VARIANTS.keySet()) {
            if (breakable(spec, code)) {
                out.add(code);
            }
        }
        return out;
    }

    /** The waves at which {@code spec}'s level can break {@code code}, as ranges ("4-47"), or "no wave". */
    static String waves(ApplicantSpec spec, RuleCode code) {
        StringBuilder sb = new StringBuilder();
        int start = -1;
        int n = ApplicantSpec.PROGRAMME.waves().size();
        for (int w = 1; w <= n + 1; w++) {
            boolean ok = w <= n && breakableAt(spec, code, w);
            if (ok && start < 0) {
                start = w;
            } else if (!ok && start > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(start).append(start == w - 1 ? "" : "-" + (w - 1));
                start = -1;
            }
        }
        return sb.length() == 0 ? "no wave" : "waves " + sb;
    }

    private static boolean breakableAt(ApplicantSpec spec, RuleCode code, int wave) {
        for (Variant v : VARIANTS.getOrDefault(code, List.of())) {
            if ((spec.typed ? v.typed != Typed.NONE : v.raw) && v.applies.test(at(spec, wave))) {
                return true;
            }
        }
        return false;
    }

    private static ApplicantSpec at(ApplicantSpec spec, int wave) {
        return ApplicantSpec.standard()
                .withWave(wave)
                .withTyped(spec.typed)
                .withFamilyCountField(spec.familyCountField);
    }

    /** Why {@code spec} cannot break {@code code}, and what to do instead. */
    static String whyNotBreakable(ApplicantSpec spec, RuleCode code) {
        String level = spec.typed ? "a typed Applicant" : "an applicant record";
        switch (code.family()) {
            case PARTICIPATION:
                return code + " concerns a participant's history of events, which the testkit does not generate yet";
            case COOPERATION:
                return code + " concerns cooperation agreements, which the testkit does not generate yet";
            case FEED:
                return code + " is a rule across the records of a feed: generate it with Feeds.ndjson()";
            default:
                break;
        }
        if (code == RuleCode.RECORD_MALFORMED || code == RuleCode.FIELD_UNKNOWN) {
            return code + " is a property of the JSON text, not of a RawApplicant: generate it with Feeds.ndjson()";
        }
        if (code == RuleCode.RECORD_TOO_LARGE) {
            return code + " depends on the size limits a reader is configured with; the testkit does not generate it";
        }
        if (!VARIANTS.containsKey(code)) {
            return code + " cannot be broken by " + level;
        }
        String where = waves(spec, code);
        if (code == RuleCode.ELIGIBILITY_FAMILY_QUOTA && !spec.familyCountField) {
            return code + " is counted across the records of a feed: use familyQuotaBreaches(n)";
        }
        if (spec.typed && applicableAnyWave(code, false) && !applicableAnyWave(code, true)) {
            return code + " cannot be broken by a typed Applicant, which is structurally valid by construction;"
                    + " break it in raw records (raw())";
        }
        if (code == RuleCode.ELIGIBILITY_CATEGORY && !spec.typed) {
            return code + " cannot be broken by an applicant record at wave " + spec.wave + ": the wave covers every"
                    + " category and a record must name one (a missing or unknown category is FIELD_REQUIRED or"
                    + " FIELD_INVALID); a record breaks it at " + where + ", a typed Applicant without a category at"
                    + " every wave (typed())";
        }
        return code + " cannot be broken by " + level + " at wave " + spec.wave + ": the rule is not in force there;"
                + " it can be broken at " + where + " (atWave(...))";
    }

    private static boolean applicableAnyWave(RuleCode code, boolean typed) {
        for (Variant v : VARIANTS.get(code)) {
            if (typed ? v.typed != Typed.NONE : v.raw) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------

    private static Map<RuleCode, List<Variant>> build() {
        Map<RuleCode, List<Variant>> m = new EnumMap<>(RuleCode.class);
        fieldRequired(m);
        fieldInvalid(m);
        for (RuleCode code : IdMutations.NIK_CODES) {
            for (IdMutations.Mutation mu : IdMutations.nik(code)) {
                add(m, rawOnly(code, mu.name(), mu.edge(), (a, s, r) -> {
                    RawApplicant raw = a.toRaw();
                    return RawApplicant.builder()
                            .from(raw)
                            .nik(mu.applyTo(raw.nik(), r))
                            .build();
                }));
            }
        }
        for (RuleCode code : IdMutations.KK_CODES) {
            // the mutations depend on the evaluation date: look them up per spec, by name
            List<IdMutations.Mutation> names = IdMutations.familyCard(code, LocalDate.of(2021, 8, 16));
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).name();
                add(
                        m,
                        new Variant(
                                code,
                                name,
                                names.get(i).edge(),
                                null,
                                true,
                                Typed.NONE,
                                s -> kkMutation(code, s, name) != null,
                                (a, s, r) -> {
                                    RawApplicant raw = a.toRaw();
                                    String kk = kkMutation(code, s, name).applyTo(raw.familyCardNumber(), r);
                                    return RawApplicant.builder()
                                            .from(raw)
                                            .familyCardNumber(kk)
                                            .build();
                                }));
            }
        }
        birthDateMismatch(m);
        sexMismatch(m);
        eligibility(m);
        return m;
    }

    private static IdMutations.Mutation kkMutation(RuleCode code, ApplicantSpec s, String name) {
        for (IdMutations.Mutation mu : IdMutations.familyCard(code, s.date())) {
            if (mu.name().equals(name)) {
                return mu;
            }
        }
        return null;
    }

    private static void add(Map<RuleCode, List<Variant>> m, Variant v) {
        m.computeIfAbsent(v.code(), c -> new ArrayList<>()).add(v);
    }

    private static Variant rawOnly(RuleCode code, String name, boolean edge, Mutator mutator) {
        return new Variant(code, name, edge, null, true, Typed.NONE, s -> true, mutator);
    }

    private static Mutator edit(Consumer<RawApplicant.Builder> change) {
        return (a, s, r) -> {
            RawApplicant.Builder b = RawApplicant.builder().from(a.toRaw());
            change.accept(b);
            return b.build();
        };
    }

    private static void fieldRequired(Map<RuleCode, List<Variant>> m) {
        RuleCode c = RuleCode.FIELD_REQUIRED;
        add(m, rawOnly(c, "no nik", true, edit(b -> b.nik(null))));
        add(m, rawOnly(c, "no familyCardNumber", true, edit(b -> b.familyCardNumber(null))));
        add(m, rawOnly(c, "no fullName", true, edit(b -> b.fullName(null))));
        add(m, rawOnly(c, "a blank fullName", true, edit(b -> b.fullName("   "))));
        add(m, rawOnly(c, "no birthDate", true, edit(b -> b.birthDate(null))));
        add(m, rawOnly(c, "no sex", true, edit(b -> b.sex(null))));
        add(m, rawOnly(c, "no citizenship", true, edit(b -> b.citizenship(null))));
        add(m, rawOnly(c, "no workforceCategory", true, edit(b -> b.workforceCategory(null))));
        add(m, rawOnly(c, "no inFormalEducation", true, edit(b -> b.inFormalEducation(null))));
        add(m, rawOnly(c, "a domicile with a regencyCode but no provinceCode", true, (a, s, r) -> {
            String regency = a.domicileRegency != null ? a.domicileRegency : a.nikDistrict.substring(0, 4);
            return RawApplicant.builder()
                    .from(a.toRaw())
                    .domicileProvinceCode(null)
                    .domicileRegencyCode(regency)
                    .build();
        }));
    }

    private static void fieldInvalid(Map<RuleCode, List<Variant>> m) {
        RuleCode c = RuleCode.FIELD_INVALID;
        add(
                m,
                rawOnly(
                        c,
                        "a fullName of 201 characters",
                        true,
                        (a, s, r) -> RawApplicant.builder()
                                .from(a.toRaw())
                                .fullName(Names.ofLength(a.sex, 201))
                                .build()));
        add(
                m,
                rawOnly(
                        c,
                        "birthDate written DD-MM-YYYY",
                        true,
                        (a, s, r) -> RawApplicant.builder()
                                .from(a.toRaw())
                                .birthDate(a.birth.format(DateTimeFormatter.ofPattern("dd-MM-uuuu")))
                                .build()));
        add(
                m,
                rawOnly(
                        c,
                        "birthDate written with slashes",
                        true,
                        (a, s, r) -> RawApplicant.builder()
                                .from(a.toRaw())
                                .birthDate(a.birth.format(DateTimeFormatter.ofPattern("uuuu/MM/dd")))
                                .build()));
        add(
                m,
                rawOnly(
                        c,
                        "birthDate after the evaluation date",
                        true,
                        (a, s, r) -> RawApplicant.builder()
                                .from(a.toRaw())
                                .birthDate(s.date().plusDays(1).toString())
                                .build()));
        add(
                m,
                rawOnly(
                        c,
                        "sex as L/P (laki-laki/perempuan)",
                        true,
                        (a, s, r) -> RawApplicant.builder()
                                .from(a.toRaw())
                                .sex(a.sex == Sex.FEMALE ? "P" : "L")
                                .build()));
        add(
                m,
                rawOnly(
                        c,
                        "sex in lower case",
                        true,
                        (a, s, r) -> RawApplicant.builder()
                                .from(a.toRaw())
                                .sex(a.sex == Sex.FEMALE ? "female" : "male")
                                .build()));
        add(m, rawOnly(c, "citizenship Indonesia", true, edit(b -> b.citizenship("Indonesia"))));
        add(m, rawOnly(c, "workforceCategory in Indonesian", true, edit(b -> b.workforceCategory("PENCARI_KERJA"))));
        add(m, rawOnly(c, "inFormalEducation as the text no", true, edit(b -> b.inFormalEducation("no"))));
        add(m, rawOnly(c, "occupation PNS", true, edit(b -> b.occupation("PNS"))));
        add(m, rawOnly(c, "socialAssistance KIP (not a programme of the format)", true, (a, s, r) -> {
            RawApplicant raw = a.toRaw();
            List<String> list = new ArrayList<>(raw.socialAssistance() == null ? List.of() : raw.socialAssistance());
            list.add("KIP");
            return RawApplicant.builder().from(raw).socialAssistance(list).build();
        }));
        add(m, rawOnly(c, "familySocialAssistance KIP (not a programme of the format)", true, (a, s, r) -> {
            RawApplicant raw = a.toRaw();
            List<String> list =
                    new ArrayList<>(raw.familySocialAssistance() == null ? List.of() : raw.familySocialAssistance());
            list.add("KIP");
            return RawApplicant.builder().from(raw).familySocialAssistance(list).build();
        }));
        add(m, rawOnly(c, "priorParticipation YES", true, edit(b -> b.priorParticipation("YES"))));
        add(m, rawOnly(c, "otherFamilyRecipients -1", true, edit(b -> b.otherFamilyRecipients("-1"))));
        add(m, rawOnly(c, "wave 0", true, edit(b -> b.wave("0"))));
        add(
                m,
                rawOnly(
                        c,
                        "a wave after the last one",
                        true,
                        edit(b -> b.wave(
                                Integer.toString(ApplicantSpec.PROGRAMME.waves().size() + 1)))));
        add(
                m,
                rawOnly(
                        c,
                        "domicile.provinceCode of one digit",
                        true,
                        (a, s, r) -> RawApplicant.builder()
                                .from(a.toRaw())
                                .domicileProvinceCode("3")
                                .domicileRegencyCode(null)
                                .build()));
        add(m, rawOnly(c, "domicile.regencyCode of another province", true, (a, s, r) -> {
            String province = Drafts.province(a, s).code();
            return RawApplicant.builder()
                    .from(a.toRaw())
                    .domicileProvinceCode(province)
                    .domicileRegencyCode(province.equals("32") ? "3174" : "3273")
                    .build();
        }));
    }

    private static Variant nikVariant(RuleCode code, String name, boolean edge, Sex sex, Mutator m) {
        return new Variant(code, name, edge, sex, true, Typed.NIK, s -> true, m);
    }

    private static void birthDateMismatch(Map<RuleCode, List<Variant>> m) {
        RuleCode c = RuleCode.NIK_BIRTH_DATE_MISMATCH;
        add(m, nikVariant(c, "the NIK's date is the day after", true, null, (a, s, r) -> {
            a.nikBirth = a.birth.plusDays(1);
            return a.toRaw();
        }));
        add(m, nikVariant(c, "the NIK's date is the day before", true, null, (a, s, r) -> {
            a.nikBirth = a.birth.minusDays(1);
            return a.toRaw();
        }));
        add(m, nikVariant(c, "the NIK's year is the next one", true, null, (a, s, r) -> {
            a.nikBirth = a.birth.plusYears(1);
            return a.toRaw();
        }));
        add(m, nikVariant(c, "the NIK has day and month swapped (or a month later)", true, null, (a, s, r) -> {
            int day = a.birth.getDayOfMonth();
            int month = a.birth.getMonthValue();
            a.nikBirth =
                    day <= 12 && day != month ? LocalDate.of(a.birth.getYear(), day, month) : a.birth.plusMonths(1);
            return a.toRaw();
        }));
        add(m, nikVariant(c, "the NIK's date is up to a year off", false, null, (a, s, r) -> {
            long days = r.nextLong(1, 367);
            a.nikBirth = r.nextBoolean() ? a.birth.plusDays(days) : a.birth.minusDays(days);
            return a.toRaw();
        }));
    }

    private static void sexMismatch(Map<RuleCode, List<Variant>> m) {
        RuleCode c = RuleCode.NIK_SEX_MISMATCH;
        add(m, nikVariant(c, "a woman's NIK (day + 40) declared MALE", true, Sex.MALE, (a, s, r) -> {
            a.nikSex = Sex.FEMALE;
            return a.toRaw();
        }));
        add(m, nikVariant(c, "a man's NIK declared FEMALE", true, Sex.FEMALE, (a, s, r) -> {
            a.nikSex = Sex.MALE;
            return a.toRaw();
        }));
        add(m, nikVariant(c, "the NIK encodes the other sex", false, null, (a, s, r) -> {
            a.nikSex = a.sex == Sex.FEMALE ? Sex.MALE : Sex.FEMALE;
            return a.toRaw();
        }));
    }

    private static Predicate<ApplicantSpec> inForce(RuleCode code) {
        EligibilityRule rule = EligibilityRule.forCode(code).orElseThrow();
        return s -> rule.isInForce(s.params());
    }

    private static Variant rule(RuleCode code, String name, boolean edge, Predicate<ApplicantSpec> extra, Mutator m) {
        return new Variant(
                code, name, edge, null, true, Typed.PARSE, inForce(code).and(extra), m);
    }

    private static Mutator change(Consumer<Draft> c) {
        return (a, s, r) -> {
            c.accept(a);
            return a.toRaw();
        };
    }

    private static void eligibility(Map<RuleCode, List<Variant>> m) {
        Predicate<ApplicantSpec> always = s -> true;
        add(
                m,
                rule(
                        RuleCode.ELIGIBILITY_CITIZENSHIP,
                        "a foreign national (WNA)",
                        true,
                        always,
                        change(a -> a.citizenship = Citizenship.WNA)));

        RuleCode min = RuleCode.ELIGIBILITY_MIN_AGE;
        add(m, rule(min, "the day before the 18th birthday", true, always, (a, s, r) -> {
            a.born(Dates.latestBirthAged(s.date(), minimumAge(s)).plusDays(1));
            return a.toRaw();
        }));
        add(m, rule(min, "turns 17 on the evaluation date", true, always, (a, s, r) -> {
            a.born(Dates.latestBirthAged(s.date(), minimumAge(s) - 1));
            return a.toRaw();
        }));
        add(m, rule(min, "aged 14 to 17", false, always, (a, s, r) -> {
            a.born(Dates.between(
                    r,
                    Dates.latestBirthAged(s.date(), minimumAge(s)).plusDays(1),
                    Dates.latestBirthAged(s.date(), minimumAge(s) - 4)));
            return a.toRaw();
        }));

        RuleCode max = RuleCode.ELIGIBILITY_MAX_AGE;
        add(m, rule(max, "turns 65 on the evaluation date", true, always, (a, s, r) -> {
            a.born(Dates.latestBirthAged(s.date(), maximumAge(s) + 1));
            return a.toRaw();
        }));
        add(m, rule(max, "aged 65 to 84", false, always, (a, s, r) -> {
            a.born(Dates.between(
                    r,
                    Dates.earliestBirthAged(s.date(), maximumAge(s) + 20),
                    Dates.latestBirthAged(s.date(), maximumAge(s) + 1)));
            return a.toRaw();
        }));

        add(
                m,
                rule(
                        RuleCode.ELIGIBILITY_FORMAL_EDUCATION,
                        "in formal education",
                        true,
                        always,
                        change(a -> a.inFormalEducation = true)));

        RuleCode occupation = RuleCode.ELIGIBILITY_EXCLUDED_OCCUPATION;
        for (Occupation o : Occupation.values()) {
            add(
                    m,
                    rule(
                            occupation,
                            "occupation " + o,
                            true,
                            s -> s.params().excludedOccupations().value().contains(o),
                            change(a -> a.occupation = o)));
        }
        add(m, rule(occupation, "a random excluded occupation", false, always, (a, s, r) -> {
            a.occupation =
                    Names.pick(r, List.copyOf(s.params().excludedOccupations().value()));
            return a.toRaw();
        }));

        RuleCode assistance = RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE;
        for (SocialAssistance sa : SocialAssistance.values()) {
            add(
                    m,
                    rule(
                            assistance,
                            "receives " + sa,
                            true,
                            s -> s.params().excludedSocialAssistance().value().contains(sa),
                            change(a -> a.socialAssistance = List.of(sa))));
        }
        for (SocialAssistance sa : SocialAssistance.values()) {
            add(
                    m,
                    rule(
                            assistance,
                            "a family member receives " + sa,
                            true,
                            s -> s.params()
                                    .excludedFamilySocialAssistance()
                                    .value()
                                    .contains(sa),
                            change(a -> a.familySocialAssistance = List.of(sa))));
        }
        add(m, rule(assistance, "receives several excluded kinds", false, always, (a, s, r) -> {
            List<SocialAssistance> received = new ArrayList<>();
            for (SocialAssistance sa : SocialAssistance.values()) {
                if (s.params().excludedSocialAssistance().value().contains(sa) && r.nextBoolean()) {
                    received.add(sa);
                }
            }
            if (received.isEmpty()) {
                received.add(Names.pick(
                        r, List.copyOf(s.params().excludedSocialAssistance().value())));
            }
            a.socialAssistance = received;
            return a.toRaw();
        }));

        add(
                m,
                rule(
                        RuleCode.ELIGIBILITY_PRIOR_RECIPIENT,
                        "already received the card",
                        true,
                        always,
                        change(a -> a.prior = PriorParticipation.RECIPIENT)));
        add(
                m,
                rule(
                        RuleCode.ELIGIBILITY_REVOKED,
                        "a card of theirs was revoked",
                        true,
                        always,
                        change(a -> a.prior = PriorParticipation.REVOKED)));

        RuleCode category = RuleCode.ELIGIBILITY_CATEGORY;
        for (WorkforceCategory wc : WorkforceCategory.values()) {
            add(
                    m,
                    rule(
                            category,
                            "category " + wc + ", not covered at the wave",
                            true,
                            s -> !s.params().coveredCategories().value().contains(wc),
                            change(a -> {
                                a.category = wc;
                                a.occupation = a.occupation == null
                                        ? null
                                        : Drafts.occupationsFor(wc).get(0);
                            })));
        }
        add(
                m,
                new Variant(
                        category,
                        "no workforce category",
                        true,
                        null,
                        false,
                        Typed.NO_CATEGORY,
                        inForce(category),
                        (a, s, r) -> a.toRaw()));

        RuleCode quota = RuleCode.ELIGIBILITY_FAMILY_QUOTA;
        Predicate<ApplicantSpec> declared = s -> s.familyCountField;
        add(
                m,
                rule(
                        quota,
                        "the third member of the family card",
                        true,
                        declared,
                        changeWith((a, s) -> a.otherFamilyRecipients = quota(s))));
        add(m, rule(quota, "a later member of the family card", false, declared, (a, s, r) -> {
            a.otherFamilyRecipients = quota(s) + r.nextInt(1, 4);
            return a.toRaw();
        }));
    }

    private static Mutator changeWith(BiConsumer<Draft, ApplicantSpec> c) {
        return (a, s, r) -> {
            c.accept(a, s);
            return a.toRaw();
        };
    }

    private static int minimumAge(ApplicantSpec s) {
        return s.params().minimumAge().value();
    }

    private static int maximumAge(ApplicantSpec s) {
        return s.params().maximumAge().value().orElseThrow();
    }

    private static int quota(ApplicantSpec s) {
        return s.params().familyQuota().value().orElseThrow();
    }
}
