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
import id.prakerja.core.internal.LongIntHashMap;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One validation run over a feed (or one shard of it): accepts records one at a time and finishes with
 * a {@link FeedReport}. Not thread-safe; use one run per thread and merge the reports.
 */
public final class FeedRun {

    /** Whether 0–99 is the Kemendagri code of a province. */
    private static final boolean[] KNOWN_PROVINCE = new boolean[100];

    static {
        for (Province p : Province.values()) {
            KNOWN_PROVINCE[Integer.parseInt(p.code())] = true;
        }
    }

    private final EligibilityChecker checker;
    private final Evaluation evaluation;
    private final int maxSamples;
    private final LongIntHashMap firstLineByNik;
    private final LongIntHashMap recordsByFamilyCard;

    private long records;
    private long valid;
    private long invalid;
    private final long[] byCode = new long[RuleCode.values().length];
    private final long[] recordsByProvince = new long[100];
    private final long[] invalidByProvince = new long[100];
    private long recordsUnknownProvince;
    private long invalidUnknownProvince;
    private final List<FeedSample> samples = new ArrayList<>();
    private final Map<RuleCode, Set<String>> legalReferences = new EnumMap<>(RuleCode.class);
    private boolean finished;

    FeedRun(EligibilityChecker checker, Evaluation evaluation, int maxSamples, int expectedRecords) {
        this.checker = checker;
        this.evaluation = evaluation;
        this.maxSamples = maxSamples;
        this.firstLineByNik = new LongIntHashMap(expectedRecords);
        this.recordsByFamilyCard = new LongIntHashMap(Math.max(16, expectedRecords / 2));
    }

    /**
     * Validates one record and counts it.
     *
     * @return the record's violations, in order (empty when valid)
     * @throws IllegalStateException if the run is finished
     */
    public List<Violation> accept(FeedInput input) {
        if (finished) {
            throw new IllegalStateException("the run is finished; start a new one");
        }
        records++;
        List<Violation> violations;
        String rawNik = null;
        int province = -1;
        if (input.isUnreadable()) {
            violations = input.readViolations();
        } else {
            RawApplicant raw = input.raw();
            rawNik = raw.nik();
            EligibilityDecision d = checker.decide(raw, evaluation, input.readViolations());
            violations = d.violations();
            // the parsed applicant has both numbers; only a record with field problems is read again
            Optional<Applicant> parsed = d.applicant();
            long nik = parsed.isPresent() ? parsed.get().nik().asLong() : validNumber(rawNik, true);
            long kk = parsed.isPresent()
                    ? parsed.get().familyCardNumber().asLong()
                    : validNumber(raw.familyCardNumber(), false);
            province = province(raw, nik);
            boolean duplicate = false;
            if (nik > 0) {
                int line = (int) Math.min(Integer.MAX_VALUE, input.line());
                int first = firstLineByNik.putIfAbsent(nik, line);
                if (first != LongIntHashMap.ABSENT) {
                    duplicate = true;
                    violations = append(
                            violations,
                            Violation.of(RuleCode.FEED_DUPLICATE_NIK, "nik")
                                    .argument("firstLine", first)
                                    .build());
                }
            }
            if (kk > 0 && !duplicate) {
                int members = recordsByFamilyCard.increment(kk);
                if (!d.has(RuleCode.ELIGIBILITY_FAMILY_QUOTA)) {
                    Optional<Violation> quota = checker.familyQuotaViolation(d.wave(), members);
                    if (quota.isPresent()) {
                        violations = append(violations, quota.get());
                    }
                }
            }
        }
        count(input.line(), rawNik, province, violations);
        return violations;
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

    private static List<Violation> append(List<Violation> list, Violation v) {
        List<Violation> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(v);
        return out;
    }

    private void count(long line, String rawNik, int province, List<Violation> violations) {
        boolean error = false;
        for (int i = 0; i < violations.size(); i++) {
            Violation v = violations.get(i);
            byCode[v.code().ordinal()]++;
            error |= v.isError();
            if (v.legalReference().isPresent()) {
                Set<String> refs = legalReferences.computeIfAbsent(v.code(), k -> new HashSet<>(4));
                refs.add(v.legalReference().get().citation());
            }
            addSample(line, rawNik, v);
        }
        if (error) {
            invalid++;
        } else {
            valid++;
        }
        if (province < 0) {
            recordsUnknownProvince++;
            if (error) {
                invalidUnknownProvince++;
            }
        } else {
            recordsByProvince[province]++;
            if (error) {
                invalidByProvince[province]++;
            }
        }
    }

    /** Keeps the violation as a sample if it is among the first {@code maxSamples} by line; masks the NIK then. */
    private void addSample(long line, String rawNik, Violation v) {
        int n = samples.size();
        if (maxSamples == 0 || (n == maxSamples && samples.get(n - 1).line() <= line)) {
            return; // full, and later than every kept sample
        }
        FeedSample s = new FeedSample(line, rawNik == null ? null : Nik.mask(rawNik), v);
        if (n < maxSamples && (n == 0 || samples.get(n - 1).line() <= line)) {
            samples.add(s);
            return;
        }
        // out-of-order input: keep the samples of the smallest lines, stable within a line
        int i = n;
        while (i > 0 && samples.get(i - 1).line() > line) {
            i--;
        }
        samples.add(i, s);
        if (samples.size() > maxSamples) {
            samples.remove(samples.size() - 1);
        }
    }

    /** The number of records accepted so far. */
    public long records() {
        return records;
    }

    /** The bytes held by the two cross-record indexes. */
    public long indexBytes() {
        return firstLineByNik.memoryBytes() + recordsByFamilyCard.memoryBytes();
    }

    /** The report of everything accepted; the run cannot accept more afterwards. */
    public FeedReport finish() {
        finished = true;
        Map<RuleCode, Long> codes = new EnumMap<>(RuleCode.class);
        RuleCode[] all = RuleCode.values();
        for (int i = 0; i < all.length; i++) {
            if (byCode[i] > 0) {
                codes.put(all[i], byCode[i]);
            }
        }
        Map<String, Long> byProvince = new HashMap<>();
        Map<String, Long> invalidProvince = new HashMap<>();
        for (int p = 0; p < 100; p++) {
            if (recordsByProvince[p] > 0) {
                String key = Province.ofCode(String.format("%02d", p))
                        .map(Province::code)
                        .orElse(FeedReport.UNKNOWN_PROVINCE);
                byProvince.merge(key, recordsByProvince[p], Long::sum);
                if (invalidByProvince[p] > 0) {
                    invalidProvince.merge(key, invalidByProvince[p], Long::sum);
                }
            }
        }
        if (recordsUnknownProvince > 0) {
            byProvince.merge(FeedReport.UNKNOWN_PROVINCE, recordsUnknownProvince, Long::sum);
        }
        if (invalidUnknownProvince > 0) {
            invalidProvince.merge(FeedReport.UNKNOWN_PROVINCE, invalidUnknownProvince, Long::sum);
        }
        return new FeedReport(
                records,
                valid,
                invalid,
                codes,
                byProvince,
                invalidProvince,
                legalReferences,
                Collections.unmodifiableList(samples),
                maxSamples);
    }

    @Override
    public String toString() {
        return "FeedRun[" + records + " records, " + invalid + " invalid]";
    }
}
