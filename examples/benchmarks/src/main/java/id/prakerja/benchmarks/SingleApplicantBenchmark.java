// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One applicant, wave 18: prakerja's eligibility decision against Hibernate Validator 9.1 implementing the
 * same rules with constraint annotations ({@link ApplicantPojo}), and against a hand-written if-chain
 * ({@link IfChain}, the floor). Each for an eligible applicant and for one with three violations (see
 * {@link Fixtures}).
 *
 * <p>Two prakerja entries:
 *
 * <ul>
 *   <li>{@code prakerja*}: {@code decide(Applicant, Evaluation)} on a typed applicant. Its NIK, family-card
 *       number, dates and enums were checked when the applicant was built, so this measures the rules
 *       (including the NIK/birth-date and NIK/sex consistency rules) and the decision;
 *   <li>{@code prakerjaRaw*}: {@code decide(RawApplicant, Evaluation)} on the record as text: every field
 *       check (NIK, KK, dates, enum names, domicile) and then the rules. This does strictly more than the
 *       Hibernate Validator bean, which receives dates and enums already converted by Jackson: it is the
 *       conservative comparison.
 * </ul>
 *
 * Run with {@code -prof gc} for the allocation per operation ({@code gc.alloc.rate.norm}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SingleApplicantBenchmark {

    private EligibilityChecker checker;
    private Evaluation evaluation;
    private Applicant eligible;
    private Applicant threeViolations;
    private RawApplicant eligibleRaw;
    private RawApplicant threeViolationsRaw;
    private ApplicantPojo eligiblePojo;
    private ApplicantPojo threeViolationsPojo;
    private ValidatorFactory factory;
    private Validator validator;

    @Setup
    public void setUp() {
        checker = EligibilityChecker.standard();
        evaluation = Evaluation.atWave(18);
        eligible = Fixtures.eligible();
        threeViolations = Fixtures.threeViolations();
        eligibleRaw = Fixtures.eligibleRaw();
        threeViolationsRaw = Fixtures.threeViolationsRaw();
        eligiblePojo = Fixtures.eligiblePojo();
        threeViolationsPojo = Fixtures.threeViolationsPojo();
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
        check(checker.decide(eligible, evaluation).violations().size() == 0, "prakerja eligible");
        check(checker.decide(threeViolations, evaluation).violations().size() == 3, "prakerja three");
        check(checker.decide(eligibleRaw, evaluation).violations().size() == 0, "prakerja raw eligible");
        check(checker.decide(threeViolationsRaw, evaluation).violations().size() == 3, "prakerja raw three");
        check(validator.validate(eligiblePojo).size() == 0, "HV eligible");
        check(validator.validate(threeViolationsPojo).size() == 3, "HV three");
        check(IfChain.check(eligiblePojo) == 0, "if-chain eligible");
        check(Long.bitCount(IfChain.check(threeViolationsPojo)) == 3, "if-chain three");
    }

    @TearDown
    public void tearDown() {
        factory.close();
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("fixture does not behave as expected: " + what);
        }
    }

    @Benchmark
    public EligibilityDecision prakerjaEligible() {
        return checker.decide(eligible, evaluation);
    }

    @Benchmark
    public EligibilityDecision prakerjaThreeViolations() {
        return checker.decide(threeViolations, evaluation);
    }

    @Benchmark
    public EligibilityDecision prakerjaRawEligible() {
        return checker.decide(eligibleRaw, evaluation);
    }

    @Benchmark
    public EligibilityDecision prakerjaRawThreeViolations() {
        return checker.decide(threeViolationsRaw, evaluation);
    }

    @Benchmark
    public Set<ConstraintViolation<ApplicantPojo>> hibernateValidatorEligible() {
        return validator.validate(eligiblePojo);
    }

    @Benchmark
    public Set<ConstraintViolation<ApplicantPojo>> hibernateValidatorThreeViolations() {
        return validator.validate(threeViolationsPojo);
    }

    @Benchmark
    public long ifChainEligible() {
        return IfChain.check(eligiblePojo);
    }

    @Benchmark
    public long ifChainThreeViolations() {
        return IfChain.check(threeViolationsPojo);
    }
}
