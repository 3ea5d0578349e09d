// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.eligibility.PriorParticipation;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.random.RandomGenerator;

/** Draws eligible applicants ({@link Draft}s) for an {@link ApplicantSpec}, and lists their edge cases. */
final class Drafts {
    private Drafts() {}

    /** The earliest birth date the parser accepts. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static final List<WorkforceCategory> CATEGORY_WEIGHTS = weighted(
            WorkforceCategory.JOB_SEEKER, 8,
            WorkforceCategory.LAID_OFF, 3,
            WorkforceCategory.NEEDS_UPSKILLING, 3,
            WorkforceCategory.FURLOUGHED, 2,
            WorkforceCategory.NON_WAGE_WORKER, 2,
            WorkforceCategory.MICRO_SMALL_ENTREPRENEUR, 2);

    @SuppressWarnings("unchecked")
    private static <T> List<T> weighted(Object... pairs) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (int n = 0; n < (Integer) pairs[i + 1]; n++) {
                out.add((T) pairs[i]);
            }
        }
        return List.copyOf(out);
    }

    /** Occupations that fit a category (none of them excluded). */
    static List<Occupation> occupationsFor(WorkforceCategory c) {
        switch (c) {
            case JOB_SEEKER:
                return List.of(
                        Occupation.UNEMPLOYED, Occupation.UNEMPLOYED, Occupation.INFORMAL_WORKER, Occupation.OTHER);
            case LAID_OFF:
                return List.of(Occupation.UNEMPLOYED, Occupation.UNEMPLOYED, Occupation.INFORMAL_WORKER);
            case NEEDS_UPSKILLING:
                return List.of(Occupation.PRIVATE_EMPLOYEE, Occupation.PRIVATE_EMPLOYEE, Occupation.INFORMAL_WORKER);
            case FURLOUGHED:
                return List.of(Occupation.PRIVATE_EMPLOYEE, Occupation.PRIVATE_EMPLOYEE, Occupation.OTHER);
            case NON_WAGE_WORKER:
                return List.of(Occupation.INFORMAL_WORKER, Occupation.INFORMAL_WORKER, Occupation.BUSINESS_OWNER);
            default:
                return List.of(Occupation.BUSINESS_OWNER, Occupation.BUSINESS_OWNER, Occupation.INFORMAL_WORKER);
        }
    }

    /** The latest birth date of an eligible applicant (turning the youngest age on the evaluation date). */
    static LocalDate latestBirth(ApplicantSpec spec) {
        return Dates.latestBirthAged(spec.date(), spec.loAge());
    }

    /** The earliest birth date of an eligible applicant (the oldest age and 364 days). */
    static LocalDate earliestBirth(ApplicantSpec spec) {
        LocalDate e = Dates.earliestBirthAged(spec.date(), spec.hiAge());
        return e.isBefore(EARLIEST_BIRTH) ? EARLIEST_BIRTH : e;
    }

    /** Social assistance the wave does not exclude. */
    static List<SocialAssistance> allowedAssistance(ApplicantSpec spec) {
        Set<SocialAssistance> allowed = EnumSet.allOf(SocialAssistance.class);
        allowed.removeAll(spec.params().excludedSocialAssistance().value());
        return List.copyOf(allowed);
    }

    /** Social assistance of a family member that the wave does not exclude. */
    static List<SocialAssistance> allowedFamilyAssistance(ApplicantSpec spec) {
        Set<SocialAssistance> allowed = EnumSet.allOf(SocialAssistance.class);
        allowed.removeAll(spec.params().excludedFamilySocialAssistance().value());
        return List.copyOf(allowed);
    }

    /** An eligible applicant for {@code spec}, drawn from {@code random}. */
    static Draft valid(ApplicantSpec spec, RandomGenerator random) {
        LocalDate d = spec.date();
        Draft a = new Draft();
        a.sex(spec.sex != null ? spec.sex : (random.nextBoolean() ? Sex.MALE : Sex.FEMALE));
        LocalDate latest = latestBirth(spec);
        long span = latest.toEpochDay() - earliestBirth(spec).toEpochDay();
        double u = random.nextDouble();
        // most applicants are young: skew towards the youngest eligible age
        a.born(latest.minusDays((long) (Math.pow(u, 1.7) * span)));
        boolean domicile = random.nextInt(100) < 85;
        Province province = spec.province != null ? spec.province : Regions.drawProvince(random, d);
        String regency = Regions.drawRegency(random, province, d);
        boolean withRegency = random.nextInt(100) < 70;
        String nikRegency = regency;
        Optional<String> legacy = Regions.legacyOf(regency);
        LocalDate created = Regions.created(province);
        if (legacy.isPresent() && created != null && a.birth.plusYears(17).isBefore(created)) {
            // registered before the 2022 split: the lifelong NIK keeps the old Papua code
            nikRegency = legacy.get();
            domicile = true;
        } else if (domicile && random.nextInt(100) < 8) {
            Province origin = Regions.drawProvince(random, d);
            nikRegency = Regions.drawRegency(random, origin, d);
        }
        a.nikDistrict = Regions.drawDistrict(random, nikRegency);
        a.nikSerial = Ids.drawSerial(random);
        a.kkDate = Dates.between(random, FamilyCardGen.EARLIEST_RECORDING, d);
        String kkRegency = legacy.isPresent() && created != null && a.kkDate.isBefore(created) ? legacy.get() : regency;
        a.kkDistrict = Regions.drawDistrict(random, kkRegency);
        a.kkSerial = Ids.drawSerial(random);
        a.fullName = Names.draw(random, a.sex);
        if (domicile) {
            a.domicileProvince = province;
            a.domicileRegency = withRegency ? regency : null;
        }
        a.category = spec.category != null ? spec.category : drawCategory(spec, random);
        a.inFormalEducation = false;
        if (random.nextInt(100) < 80) {
            a.occupation = Names.pick(random, occupationsFor(a.category));
        }
        if (random.nextInt(100) < 60) {
            List<SocialAssistance> allowed = allowedAssistance(spec);
            List<SocialAssistance> received = new ArrayList<>();
            if (!allowed.isEmpty() && random.nextInt(100) < 25) {
                received.add(Names.pick(random, allowed));
            }
            a.socialAssistance = received;
        }
        if (random.nextInt(100) < 40) {
            List<SocialAssistance> allowed = allowedFamilyAssistance(spec);
            List<SocialAssistance> received = new ArrayList<>();
            if (!allowed.isEmpty() && random.nextInt(100) < 30) {
                received.add(Names.pick(random, allowed));
            }
            a.familySocialAssistance = received;
        }
        if (random.nextInt(100) < 70) {
            a.prior = PriorParticipation.NONE;
        }
        if (spec.familyCountField && random.nextInt(100) < 50) {
            Optional<Integer> quota = spec.params().familyQuota().value();
            int n = random.nextInt(100) < 80 ? 0 : 1;
            a.otherFamilyRecipients = quota.isPresent() ? Math.min(n, quota.get() - 1) : n;
        }
        a.wave = spec.waveField ? spec.wave : null;
        return a;
    }

    private static WorkforceCategory drawCategory(ApplicantSpec spec, RandomGenerator random) {
        Set<WorkforceCategory> covered = spec.params().coveredCategories().value();
        List<WorkforceCategory> options = new ArrayList<>();
        for (WorkforceCategory c : CATEGORY_WEIGHTS) {
            if (covered.contains(c)) {
                options.add(c);
            }
        }
        return Names.pick(random, options);
    }

    /** A named change of a drawn eligible applicant that keeps it eligible: one edge case. */
    record Tweak(String name, Sex sex, BiPredicate<Draft, ApplicantSpec> apply) {}

    /** The edge cases of eligible applicants; a tweak answers {@code false} when the spec rules it out. */
    static List<Tweak> edgeTweaks() {
        List<Tweak> out = new ArrayList<>();
        out.add(new Tweak("turns the youngest eligible age on the evaluation date", null, (a, s) -> {
            a.born(latestBirth(s));
            return true;
        }));
        out.add(new Tweak("the oldest eligible age and 364 days", null, (a, s) -> {
            a.born(earliestBirth(s));
            return true;
        }));
        out.add(new Tweak("a man born on the 31st", Sex.MALE, (a, s) -> bornOnDay(a, s, 31)));
        out.add(new Tweak("a woman born on the 1st (NIK day 41)", Sex.FEMALE, (a, s) -> bornOnDay(a, s, 1)));
        out.add(new Tweak("a woman born on the 31st (NIK day 71)", Sex.FEMALE, (a, s) -> bornOnDay(a, s, 31)));
        out.add(new Tweak("born on 29 February", null, (a, s) -> {
            LocalDate leap = Dates.leapDayBetween(earliestBirth(s), latestBirth(s));
            if (leap == null) {
                return false;
            }
            a.born(leap);
            return true;
        }));
        for (String code : Regions.legacyCodes()) {
            out.add(new Tweak("a lifelong NIK with the legacy Papua code " + code, null, (a, s) -> legacy(a, s, code)));
        }
        out.add(new Tweak("a family card recorded on the evaluation date", null, (a, s) -> {
            a.kkDate = s.date();
            return true;
        }));
        out.add(new Tweak("a family card recorded on 2000-01-01", null, (a, s) -> {
            a.kkDate = FamilyCardGen.EARLIEST_RECORDING;
            return true;
        }));
        out.add(new Tweak("only the required fields", null, (a, s) -> {
            Province lives = province(a, s);
            if (!a.nikDistrict.startsWith(lives.code())) {
                // without a domicile the NIK's province is where the applicant counts as living
                a.nikDistrict =
                        Regions.firstDistrict(Regions.regencies(lives, s.date()).get(0));
            }
            a.domicileProvince = null;
            a.domicileRegency = null;
            a.occupation = null;
            a.socialAssistance = null;
            a.familySocialAssistance = null;
            a.prior = null;
            a.otherFamilyRecipients = null;
            return true;
        }));
        out.add(new Tweak("every optional field", null, (a, s) -> {
            if (a.domicileProvince == null) {
                a.domicileProvince = province(a, s);
            }
            if (a.domicileRegency == null) {
                a.domicileRegency =
                        Regions.regencies(a.domicileProvince, s.date()).get(0);
            }
            a.occupation = occupationsFor(a.category).get(0);
            List<SocialAssistance> allowed = allowedAssistance(s);
            a.socialAssistance = allowed.isEmpty() ? List.of() : List.of(allowed.get(0));
            List<SocialAssistance> family = allowedFamilyAssistance(s);
            a.familySocialAssistance = family.isEmpty() ? List.of() : List.of(family.get(0));
            a.prior = PriorParticipation.NONE;
            if (s.familyCountField) {
                a.otherFamilyRecipients = 0;
            }
            return true;
        }));
        out.add(new Tweak("the family card already has the most other recipients allowed", null, (a, s) -> {
            Optional<Integer> quota = s.params().familyQuota().value();
            if (quota.isEmpty() || !s.familyCountField) {
                return false;
            }
            a.otherFamilyRecipients = quota.get() - 1;
            return true;
        }));
        out.add(new Tweak("a name of 200 characters, the longest allowed", null, (a, s) -> {
            a.fullName = Names.ofLength(a.sex, 200);
            return true;
        }));
        out.add(new Tweak("a name with an apostrophe", null, (a, s) -> {
            a.fullName = a.sex == Sex.FEMALE ? "Nur'aini Lestari" : "Ma'ruf Hidayat";
            return true;
        }));
        return List.copyOf(out);
    }

    /** The province an applicant counts as living in: the domicile, else the NIK's. */
    static Province province(Draft a, ApplicantSpec s) {
        if (a.domicileProvince != null) {
            return a.domicileProvince;
        }
        return s.province != null
                ? s.province
                : Province.ofCode(a.nikDistrict.substring(0, 2)).orElseThrow();
    }

    private static boolean bornOnDay(Draft a, ApplicantSpec s, int day) {
        LocalDate latest = latestBirth(s);
        LocalDate from = latest.minusYears(3).isBefore(earliestBirth(s)) ? earliestBirth(s) : latest.minusYears(3);
        LocalDate d = Dates.dayOfMonthBetween(from, latest, day);
        if (d == null) {
            d = Dates.dayOfMonthBetween(earliestBirth(s), latest, day);
        }
        if (d == null) {
            return false;
        }
        a.born(d);
        return true;
    }

    private static boolean legacy(Draft a, ApplicantSpec s, String code) {
        String successor = Regions.successorOf(code);
        Province now = Province.ofCode(successor.substring(0, 2)).orElseThrow();
        Province then = Province.ofCode(code.substring(0, 2)).orElseThrow();
        LocalDate d = s.date();
        LocalDate created = Regions.created(now);
        if (Regions.exists(now, d)) {
            if (s.province != null && s.province != now) {
                return false;
            }
            LocalDate registeredBy = created.minusYears(17);
            if (earliestBirth(s).isAfter(registeredBy)) {
                return false;
            }
            if (a.birth.isAfter(registeredBy)) {
                a.born(registeredBy.isAfter(latestBirth(s)) ? latestBirth(s) : registeredBy);
            }
            a.domicileProvince = now;
            a.domicileRegency = successor;
            a.kkDistrict = Regions.districtLike(a.kkDate.isBefore(created) ? code : successor, a.kkDistrict);
        } else {
            if (s.province != null && s.province != then) {
                return false;
            }
            a.domicileProvince = then;
            a.domicileRegency = code;
            a.kkDistrict = Regions.districtLike(code, a.kkDistrict);
        }
        a.nikDistrict = Regions.districtLike(code, a.nikDistrict);
        return true;
    }
}
