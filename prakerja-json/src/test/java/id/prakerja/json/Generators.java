package id.prakerja.json;

import id.prakerja.core.cooperation.AgreementPeriod;
import id.prakerja.core.cooperation.AgreementRegion;
import id.prakerja.core.cooperation.AgreementType;
import id.prakerja.core.cooperation.BuiltInObjective;
import id.prakerja.core.cooperation.Channel;
import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.Objective;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.cooperation.Party;
import id.prakerja.core.cooperation.PartyKind;
import id.prakerja.core.cooperation.RecipientGroup;
import id.prakerja.core.cooperation.Region;
import id.prakerja.core.cooperation.Signatory;
import id.prakerja.core.cooperation.TargetAudience;
import id.prakerja.core.cooperation.Witness;
import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.Citizenship;
import id.prakerja.core.eligibility.Domicile;
import id.prakerja.core.eligibility.PriorParticipation;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.participation.EventType;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.PayoutChannel;
import id.prakerja.core.participation.RevocationReason;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Small seeded generators of valid records for the round-trip properties: typed applicants (with NIK and
 * family-card numbers consistent with them), participants with any events, agreements and activities. Every
 * value is drawn from one {@link SplittableRandom}, so a seed gives the same record again.
 *
 * <p>The applicant, NIK and family-card parts could move to the testkit's seeded generators
 * ({@code ApplicantGenerator}, {@code NikGenerator}) once they are on main.
 */
final class Generators {

    private Generators() {}

    /**
     * The seeds of a property: {@code count} from {@code -Dprakerja.baseSeed} (else {@code base}), or only
     * {@code -Dprakerja.seed} to rerun one printed by a failing case.
     */
    static Stream<Long> seeds(int count, long base) {
        String one = System.getProperty("prakerja.seed");
        if (one != null && !one.isBlank()) {
            return Stream.of(Long.parseLong(one.trim()));
        }
        long from = Long.getLong("prakerja.baseSeed", base);
        return LongStream.range(from, from + count).boxed();
    }

    static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static <E extends Enum<E>> E pick(SplittableRandom r, Class<E> type) {
        E[] all = type.getEnumConstants();
        return all[r.nextInt(all.length)];
    }

    static <E extends Enum<E>> Set<E> someOf(SplittableRandom r, Class<E> type) {
        EnumSet<E> out = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (r.nextInt(3) == 0) {
                out.add(e);
            }
        }
        return out;
    }

    /** Non-blank text of 1 to {@code max} characters: Latin, Indonesian names, punctuation, some non-ASCII. */
    static String text(SplittableRandom r, int max) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,'-/\"\\é–ñ😀";
        int n = 1 + r.nextInt(Math.min(max, 40));
        StringBuilder sb = new StringBuilder();
        sb.append(Character.toChars(alphabet.codePointAt(alphabet.offsetByCodePoints(0, r.nextInt(52)))));
        while (sb.length() < n) {
            int cp = alphabet.codePointAt(
                    alphabet.offsetByCodePoints(0, r.nextInt(alphabet.codePointCount(0, alphabet.length()))));
            if (sb.length() + Character.charCount(cp) <= max) {
                sb.appendCodePoint(cp);
            } else {
                break;
            }
        }
        return sb.toString();
    }

    static LocalDate date(SplittableRandom r, LocalDate from, LocalDate to) {
        return from.plusDays(r.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    static Province province(SplittableRandom r) {
        return pick(r, Province.class);
    }

    /** A regency code of {@code p}: its code and two digits. */
    static String regency(SplittableRandom r, Province p) {
        return p.code() + String.format("%02d", 1 + r.nextInt(79));
    }

    /** A valid NIK of someone of {@code sex} born on {@code birth}. */
    static String nik(SplittableRandom r, LocalDate birth, Sex sex) {
        Province p = province(r);
        int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        return regency(r, p)
                + String.format("%02d", 1 + r.nextInt(40))
                + String.format("%02d%02d%02d", day, birth.getMonthValue(), birth.getYear() % 100)
                + String.format("%04d", 1 + r.nextInt(9999));
    }

    /** A valid NIK of anyone. */
    static Nik anyNik(SplittableRandom r) {
        return Nik.parse(nik(r, date(r, LocalDate.of(1950, 1, 1), LocalDate.of(2005, 12, 31)), pick(r, Sex.class)));
    }

    /** A valid family-card number recorded between 2000 and 2021. */
    static String familyCard(SplittableRandom r) {
        LocalDate issued = date(r, LocalDate.of(2000, 1, 1), LocalDate.of(2021, 12, 31));
        return regency(r, province(r))
                + String.format("%02d", 1 + r.nextInt(40))
                + String.format("%02d%02d%02d", issued.getDayOfMonth(), issued.getMonthValue(), issued.getYear() % 100)
                + String.format("%04d", 1 + r.nextInt(9999));
    }

    /**
     * A typed applicant the wire format can carry: every field drawn, optional ones present or not. Always
     * with a workforce category: the record requires one (a Java {@code Applicant} without one is written
     * without the field and reads back as {@code FIELD_REQUIRED}).
     */
    static Applicant applicant(SplittableRandom r) {
        LocalDate birth = date(r, LocalDate.of(1950, 1, 1), LocalDate.of(2005, 12, 31));
        Sex sex = pick(r, Sex.class);
        Applicant.Builder b = Applicant.builder()
                .nik(nik(r, birth, sex))
                .familyCardNumber(familyCard(r))
                .fullName(text(r, Applicant.MAX_NAME_LENGTH))
                .birthDate(birth)
                .sex(sex)
                .citizenship(pick(r, Citizenship.class))
                .inFormalEducation(r.nextBoolean())
                .occupation(pick(r, Occupation.class))
                .socialAssistance(someOf(r, SocialAssistance.class))
                .priorParticipation(pick(r, PriorParticipation.class))
                .otherFamilyRecipients(r.nextInt(4));
        if (r.nextBoolean()) {
            Province p = province(r);
            b.domicile(r.nextBoolean() ? Domicile.of(p) : Domicile.of(p, regency(r, p)));
        }
        b.workforceCategory(pick(r, WorkforceCategory.class));
        if (r.nextBoolean()) {
            b.wave(1 + r.nextInt(71));
        }
        return b.build();
    }

    /** A participant with 0 to 10 events of any type, in any order (binding does not check the history). */
    static Participant participant(SplittableRandom r) {
        Nik nik = anyNik(r);
        List<ParticipantEvent> events = new ArrayList<>();
        int n = r.nextInt(11);
        for (int i = 0; i < n; i++) {
            LocalDate d = date(r, LocalDate.of(2020, 4, 1), LocalDate.of(2024, 12, 31));
            String course = "C-" + text(r, 20);
            events.add(
                    switch (pick(r, EventType.class)) {
                        case ACCEPTED -> ParticipantEvent.accepted(d, 1 + r.nextInt(80));
                        case TRAINING_PURCHASED ->
                            ParticipantEvent.trainingPurchased(d, course, Rupiah.of(r.nextLong(5_000_000)));
                        case TRAINING_COMPLETED -> ParticipantEvent.trainingCompleted(d, course);
                        case TRAINING_REVIEWED -> ParticipantEvent.trainingReviewed(d, course, 1 + r.nextInt(5));
                        case PAYOUT_ACCOUNT_LINKED ->
                            ParticipantEvent.payoutAccountLinked(
                                    d,
                                    pick(r, PayoutChannel.class),
                                    text(r, ParticipantEvent.MAX_TEXT_LENGTH),
                                    r.nextBoolean() ? nik : anyNik(r));
                        case INCENTIVE_PAID -> ParticipantEvent.incentivePaid(d, Rupiah.of(1 + r.nextLong(1_000_000)));
                        case SURVEY_INCENTIVE_PAID ->
                            ParticipantEvent.surveyIncentivePaid(d, Rupiah.of(1 + r.nextLong(100_000)));
                        case REVOKED -> ParticipantEvent.revoked(d, pick(r, RevocationReason.class));
                    });
        }
        return Participant.of(nik, events);
    }

    static Region region(SplittableRandom r) {
        Province p = province(r);
        return r.nextBoolean() ? Region.of(p) : Region.of(p, regency(r, p));
    }

    static TargetAudience audience(SplittableRandom r) {
        return TargetAudience.of(someOf(r, WorkforceCategory.class), someOf(r, RecipientGroup.class));
    }

    /** An agreement: 0 to 3 parties with a signatory each (or not), witnesses, objectives built in and own. */
    static CooperationAgreement agreement(SplittableRandom r) {
        Province p = province(r);
        LocalDate signed = date(r, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31));
        CooperationAgreement.Builder b = CooperationAgreement.builder()
                .identifier(text(r, CooperationAgreement.MAX_IDENTIFIER_LENGTH))
                .type(pick(r, AgreementType.class))
                .title(text(r, 300))
                .signingDate(signed)
                .region(AgreementRegion.of(p, r.nextBoolean() ? List.of() : List.of(regency(r, p), p.code() + "99")))
                .audience(audience(r));
        Set<String> names = new LinkedHashSet<>();
        int parties = r.nextInt(4);
        for (int i = 0; i < parties; i++) {
            String name = "P" + i + " " + text(r, 50);
            names.add(name);
            PartyKind kind = pick(r, PartyKind.class);
            b.addParties(r.nextBoolean() ? Party.of(name, kind) : Party.of(name, kind, region(r)));
            if (r.nextInt(4) > 0) {
                b.addSignatories(Signatory.of(text(r, 60), text(r, 120), name));
            }
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.addWitnesses(
                    r.nextBoolean()
                            ? Witness.of(text(r, 60), text(r, 60))
                            : Witness.of(text(r, 60), text(r, 60), text(r, 60)));
        }
        for (BuiltInObjective o : someOf(r, BuiltInObjective.class)) {
            b.addObjectives(o);
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            String code = "OWN_" + i + "_" + r.nextInt(1000);
            Objective o = r.nextBoolean()
                    ? Objective.custom(code, text(r, 100))
                    : Objective.custom(code, text(r, 100), text(r, 100));
            b.addObjectives(o);
        }
        if (r.nextBoolean()) {
            b.documentNumber(text(r, 40));
        }
        if (r.nextBoolean()) {
            b.scope(text(r, 400));
        }
        if (r.nextBoolean()) {
            b.signingPlace(text(r, 60));
        }
        if (r.nextBoolean()) {
            b.period(AgreementPeriod.of(signed, date(r, signed.minusDays(30), signed.plusDays(700))));
        }
        return b.build();
    }

    /** An activity under an agreement named by any identifier. */
    static OutreachActivity activity(SplittableRandom r) {
        OutreachActivity.Builder b = OutreachActivity.builder()
                .agreement(text(r, CooperationAgreement.MAX_IDENTIFIER_LENGTH))
                .date(date(r, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)))
                .region(region(r))
                .audience(audience(r))
                .channel(pick(r, Channel.class));
        for (int i = r.nextInt(4); i > 0; i--) {
            b.addObjectives(r.nextBoolean() ? pick(r, BuiltInObjective.class).code() : text(r, 30));
        }
        if (r.nextBoolean()) {
            b.peopleReached(r.nextLong(-10, 1_000_000));
        }
        if (r.nextBoolean()) {
            b.description(text(r, 200));
        }
        return b.build();
    }
}
