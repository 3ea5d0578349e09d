// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** Texts for assertion messages: codes, fields, violations. Never a full NIK (violations carry none). */
public final class Describe {
    private Describe() {}

    /**
     * {@code text} with every run of exactly 16 ASCII digits (a NIK or family-card number) masked as
     * {@code 3174********0001}: for messages that quote values the testkit did not describe itself.
     */
    public static String maskNumbers(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                j++;
            }
            if (j == i) {
                sb.append(text.charAt(i++));
            } else {
                String run = text.substring(i, j);
                sb.append(run.length() == 16 ? Nik.mask(run) : run);
                i = j;
            }
        }
        return sb.toString();
    }

    /** The codes of {@code violations}, in order. */
    public static List<RuleCode> codes(List<Violation> violations) {
        List<RuleCode> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            out.add(v.code());
        }
        return out;
    }

    /** {@code [CODE at field {args}, …]}, or {@code "no violation"}. */
    public static String violations(List<Violation> violations) {
        return violations.isEmpty() ? "no violation" : violations.toString();
    }

    /** The codes of {@code expected} missing from {@code actual} (as multisets). */
    public static List<RuleCode> missing(List<RuleCode> actual, List<RuleCode> expected) {
        List<RuleCode> left = new ArrayList<>(actual);
        List<RuleCode> out = new ArrayList<>();
        for (RuleCode c : expected) {
            if (!left.remove(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether {@code actual} and {@code expected} hold the same codes, as multisets. */
    public static boolean sameCodes(List<RuleCode> actual, List<RuleCode> expected) {
        return actual.size() == expected.size() && missing(actual, expected).isEmpty();
    }
}
