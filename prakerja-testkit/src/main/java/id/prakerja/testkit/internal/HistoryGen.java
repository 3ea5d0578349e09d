// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.participation.ParticipationChecker;
import id.prakerja.core.program.BenefitPackage;
import id.prakerja.core.program.Programme;
import id.prakerja.core.program.Scheme;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.testkit.HistoryGenerator;
import id.prakerja.testkit.ParticipationHistory;
import id.prakerja.testkit.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/** The implementation of {@link HistoryGenerator}. */
public final class HistoryGen implements HistoryGenerator {

    private static final Programme PROGRAMME = Programme.standard();
    private static final ParticipationChecker CHECKER = ParticipationChecker.standard();
    private static final HistoryGen STANDARD =
            new HistoryGen(PROGRAMME.waves().latest().number(), null, null);

    /** The seed of the participant NIK of every edge case (unless a NIK is configured). */
    private static final long EDGE_SEED = 0x5EED_4157L;

    private final WaveFacts facts;
    private final Nik nik;
    private final RuleCode defect;

    private HistoryGen(int wave, Nik nik, RuleCode defect) {
        if (!PROGRAMME.waves().contains(wave)) {
            throw new IllegalArgumentException("unknown wave " + wave + "; waves run from 1 to "
                    + PROGRAMME.waves().size());
        }
        this.facts = new WaveFacts(PROGRAMME, wave);
        this.nik = nik;
        this.defect = defect;
        if (defect != null && !breakable(facts).contains(defect)) {
            throw new IllegalArgumentException(defect + " " + whyNot(defect, wave));
        }
    }

    /** Valid histories at the latest wave. */
    public static HistoryGen standard() {
        return STANDARD;
    }

    private static Set<RuleCode> breakable(WaveFacts f) {
        Set<RuleCode> out = EnumSet.noneOf(RuleCode.class);
        for (RuleCode c : RuleCode.values()) {
            if (c.family() == RuleCode.Family.PARTICIPATION) {
                out.add(c);
            }
        }
        if (f.lateAcceptanceTo() == null) {
            out.remove(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
        }
        return Collections.unmodifiableSet(out);
    }

    private static String whyNot(RuleCode code, int wave) {
        switch (code.family()) {
            case PARTICIPATION:
                return "cannot be broken alone by a history accepted at wave " + wave + ": the balance expires on "
                        + new WaveFacts(PROGRAMME, wave).annualLast + ", before the first-purchase deadline of a"
                        + " recipient accepted after the wave opened has passed, so a late first purchase is also"
                        + " PARTICIPATION_BALANCE_EXPIRED";
            case COOPERATION:
                return "is a rule of cooperation agreements and activities: use Cooperation.agreements() or"
                        + " Cooperation.activities(agreement)";
            case FEED:
            case RECORD:
                return "is a property of a feed or its JSON text: use Feeds.ndjson()";
            default:
                return "is a rule of applicants, not of participation histories: use Applicants.valid().breaking("
                        + code + ") (a history's unknown wave is FIELD_INVALID, which no generated history carries)";
        }
    }

    @Override
    public HistoryGenerator atWave(int wave) {
        return new HistoryGen(wave, nik, defect);
    }

    @Override
    public HistoryGenerator nik(Nik n) {
        return new HistoryGen(facts.wave, Objects.requireNonNull(n, "nik"), defect);
    }

    @Override
    public HistoryGenerator breaking(RuleCode code) {
        return new HistoryGen(facts.wave, nik, Objects.requireNonNull(code, "code"));
    }

    @Override
    public HistoryGenerator withoutDefect() {
        return new HistoryGen(facts.wave, nik, null);
    }

    @Override
    public int wave() {
        return facts.wave;
    }

    @Override
    public Scheme scheme() {
        return facts.scheme;
    }

    @Override
    public BenefitPackage benefits() {
        return facts.benefits;
    }

    @Override
    public Optional<RuleCode> defect() {
        return Optional.ofNullable(defect);
    }

    @Override
    public List<RuleCode> expectedCodes() {
        return defect == null ? List.of() : List.of(defect);
    }

    @Override
    public Set<RuleCode> breakableCodes() {
        return breakable(facts);
    }

    @Override
    public boolean meetsContract(ParticipationHistory history) {
        List<RuleCode> codes = new ArrayList<>();
        for (Violation v : CHECKER.violations(history.participant(), history.evaluationDate())) {
            codes.add(v.code());
        }
        return codes.equals(expectedCodes());
    }

    /** A participant of working age when the wave opened. */
    private Nik drawNik(RandomGenerator random) {
        LocalDate opened = facts.opening;
        return NikGen.standard()
                .bornBetween(opened.minusYears(55), opened.minusYears(19))
                .next(random);
    }

    @Override
    public ParticipationHistory next(RandomGenerator random) {
        Nik n = nik != null ? nik : drawNik(random);
        return defect == null ? Histories.valid(facts, random, n) : Histories.breaking(defect, facts, random, n);
    }

    @Override
    public List<ParticipationHistory> edgeCases() {
        Nik n = nik != null ? nik : drawNik(Seeds.random(EDGE_SEED));
        return Histories.edgeCases(facts, n, defect);
    }

    @Override
    public List<ParticipationHistory> shrink(ParticipationHistory failing) {
        List<ParticipationHistory> out = new ArrayList<>();
        for (ParticipationHistory c : Histories.shrink(failing)) {
            if (!c.equals(failing) && !out.contains(c) && meetsContract(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "HistoryGenerator[wave " + facts.wave + (defect == null ? "" : ", breaking " + defect)
                + (nik == null ? "" : ", nik " + nik) + "]";
    }
}
