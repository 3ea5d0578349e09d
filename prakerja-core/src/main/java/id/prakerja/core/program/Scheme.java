// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import java.util.Locale;

/** The two schemes the programme ran under. */
public enum Scheme implements Labelled {
    /**
     * Semi-social-assistance (semi-bansos) scheme, 2020–2022 (waves 1–47): Rp1.000.000 training aid, 4 ×
     * Rp600.000 incentive, 3 × Rp50.000 survey incentive.
     */
    SEMI_SOCIAL_ASSISTANCE("skema semi-bansos", "semi-social-assistance scheme"),
    /**
     * Normal scheme (skema normal) under Perpres 113/2022, from 2023 (wave 48): Rp3.500.000 training aid,
     * 1 × Rp600.000 incentive, 2 × Rp50.000 survey incentive (Rp4.200.000 in all).
     */
    NORMAL("skema normal", "normal scheme");

    private final String indonesian;
    private final String english;

    Scheme(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }
}
