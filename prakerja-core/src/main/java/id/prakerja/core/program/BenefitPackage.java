// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.validation.LegalReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a recipient accepted in one wave gets: the training aid (a non-cash balance), the post-training
 * incentive schedule and the survey incentives, each amount with the legal reference it comes from.
 *
 * <p>Every amount is read from the dated parameters in force at the wave of acceptance, never written in
 * code:
 *
 * <table>
 *   <caption>The standard parameters</caption>
 *   <tr><th>waves</th><th>training aid</th><th>post-training incentive</th><th>survey incentive</th></tr>
 *   <tr><td>1–47 (semi-bansos)</td><td>Rp1.000.000</td><td>4 × Rp600.000</td><td>3 × Rp50.000</td></tr>
 *   <tr><td>48– (skema normal)</td><td>Rp3.500.000</td><td>1 × Rp600.000</td><td>2 × Rp50.000</td></tr>
 * </table>
 *
 * <pre>{@code
 * BenefitPackage semi = BenefitPackage.of(Programme.standard().inForce(18));
 * semi.trainingAid().value();              // Rp1.000.000
 * semi.incentiveTotal();                   // Rp2.400.000 (4 × Rp600.000)
 * semi.total();                            // Rp3.550.000
 * semi.trainingAid().reference().citation(); // "Permenko Perekonomian 11/2020"
 * BenefitPackage.of(Programme.standard().inForce(48)).incentivePayments().value(); // 1
 * }</pre>
 *
 * <p>The training aid may pay for several trainings but cannot be cashed out (Permenko Perekonomian
 * 11/2020 Pasal 19). The post-training incentive is paid after the first training is completed and
 * reviewed; in the semi-bansos scheme monthly, four times. Instances are immutable and thread-safe.
 */
public final class BenefitPackage {

    private final int wave;
    private final DatedValue<Scheme> scheme;
    private final DatedValue<Rupiah> trainingAid;
    private final DatedValue<Rupiah> incentiveAmount;
    private final DatedValue<Integer> incentivePayments;
    private final DatedValue<Rupiah> surveyIncentiveAmount;
    private final DatedValue<Integer> surveyPayments;

    private BenefitPackage(ParametersInForce p) {
        this.wave = p.wave();
        this.scheme = p.scheme();
        this.trainingAid = p.trainingAid();
        this.incentiveAmount = p.incentiveAmount();
        this.incentivePayments = p.incentivePayments();
        this.surveyIncentiveAmount = p.surveyIncentiveAmount();
        this.surveyPayments = p.surveyPayments();
    }

    /** The package of a recipient accepted at the wave of {@code parameters}. */
    public static BenefitPackage of(ParametersInForce parameters) {
        return new BenefitPackage(Objects.requireNonNull(parameters, "parameters"));
    }

    /** The wave of acceptance the package belongs to. */
    public int wave() {
        return wave;
    }

    /** The scheme the wave runs under. */
    public DatedValue<Scheme> scheme() {
        return scheme;
    }

    /** The training aid: the non-cash balance for buying trainings. */
    public DatedValue<Rupiah> trainingAid() {
        return trainingAid;
    }

    /** The amount of one post-training incentive payment. */
    public DatedValue<Rupiah> incentiveAmount() {
        return incentiveAmount;
    }

    /** How many post-training incentive payments the recipient gets. */
    public DatedValue<Integer> incentivePayments() {
        return incentivePayments;
    }

    /** The amount of one survey incentive payment. */
    public DatedValue<Rupiah> surveyIncentiveAmount() {
        return surveyIncentiveAmount;
    }

    /** How many survey incentive payments the recipient gets. */
    public DatedValue<Integer> surveyPayments() {
        return surveyPayments;
    }

    /** Every post-training incentive payment together: amount × payments. */
    public Rupiah incentiveTotal() {
        return incentiveAmount.value().times(incentivePayments.value());
    }

    /** Every survey incentive payment together: amount × payments. */
    public Rupiah surveyIncentiveTotal() {
        return surveyIncentiveAmount.value().times(surveyPayments.value());
    }

    /** The cash the recipient receives: post-training and survey incentives (the aid is not cash). */
    public Rupiah cashTotal() {
        return incentiveTotal().plus(surveyIncentiveTotal());
    }

    /** The whole package: training aid plus every incentive. */
    public Rupiah total() {
        return trainingAid.value().plus(cashTotal());
    }

    /** The distinct legal references of the package's amounts, in the order of the accessors. */
    public List<LegalReference> references() {
        List<LegalReference> out = new ArrayList<>(5);
        for (DatedValue<?> v :
                List.of(trainingAid, incentiveAmount, incentivePayments, surveyIncentiveAmount, surveyPayments)) {
            if (!out.contains(v.reference())) {
                out.add(v.reference());
            }
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BenefitPackage b
                && b.wave == wave
                && b.scheme.equals(scheme)
                && b.trainingAid.equals(trainingAid)
                && b.incentiveAmount.equals(incentiveAmount)
                && b.incentivePayments.equals(incentivePayments)
                && b.surveyIncentiveAmount.equals(surveyIncentiveAmount)
                && b.surveyPayments.equals(surveyPayments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                wave, scheme, trainingAid, incentiveAmount, incentivePayments, surveyIncentiveAmount, surveyPayments);
    }

    /** E.g. {@code "BenefitPackage[wave 18: aid Rp1.000.000, incentive 4 × Rp600.000, survey 3 × Rp50.000]"}. */
    @Override
    public String toString() {
        return "BenefitPackage[wave " + wave + ": aid " + trainingAid.value() + ", incentive "
                + incentivePayments.value() + " × " + incentiveAmount.value() + ", survey " + surveyPayments.value()
                + " × " + surveyIncentiveAmount.value() + "]";
    }
}
