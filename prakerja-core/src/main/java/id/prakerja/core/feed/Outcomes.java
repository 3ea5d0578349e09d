// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.FamilyCardNumber;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.internal.Digits;
import java.util.Optional;

/** Phase 1: a record's outcome from the per-record rules alone. */
final class Outcomes {

    /** Whether 0–99 is the Kemendagri code of a province. */
    private static final boolean[] KNOWN_PROVINCE = new boolean[100];

    static {
        for (Province p : Province.values()) {
            KNOWN_PROVINCE[Integer.parseInt(p.code())] = true;
        }
    }

    private Outcomes() {}

    static RecordOutcome of(EligibilityChecker checker, Evaluation evaluation, int inputIndex, FeedInput input) {
        if (input.isUnreadable()) {
            return new RecordOutcome(inputIndex, input.line(), 0, 0, -1, -1, null, input.readViolations());
        }
        RawApplicant raw = input.raw();
        EligibilityDecision d = checker.decide(raw, evaluation, input.readViolations());
        // the parsed applicant has both numbers; only a record with field problems is read again
        Optional<Applicant> parsed = d.applicant();
        long nik = parsed.isPresent() ? parsed.get().nik().asLong() : validNumber(raw.nik(), true);
        long kk = parsed.isPresent()
                ? parsed.get().familyCardNumber().asLong()
                : validNumber(raw.familyCardNumber(), false);
        String masked = raw.nik() == null ? null : Nik.mask(raw.nik());
        return new RecordOutcome(
                inputIndex, input.line(), nik, kk, d.wave(), province(raw, nik), masked, d.violations());
    }

    /** The full NIK (or KK) as a long when it is valid, else 0. */
    private static long validNumber(String text, boolean nik) {
        if (text == null) {
            return 0;
        }
        boolean ok = nik ? Nik.isValid(text) : FamilyCardNumber.isValid(text);
        return ok ? Digits.parseAsciiDigits(text, 16) : 0;
    }

    /** The province of the domicile when it is a known code, else the NIK's (-1 for none). */
    private static int province(RawApplicant raw, long nik) {
        String p = raw.domicileProvinceCode();
        if (p != null && p.length() == 2) {
            // Province.ofCode without the Optional: two ASCII digits naming a known province
            int tens = p.charAt(0) - '0';
            int ones = p.charAt(1) - '0';
            if (tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 && KNOWN_PROVINCE[tens * 10 + ones]) {
                return tens * 10 + ones;
            }
        }
        return nik > 0 ? Digits.pair(nik, 0) : -1;
    }
}
