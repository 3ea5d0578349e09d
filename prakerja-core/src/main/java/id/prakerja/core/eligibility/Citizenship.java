// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import java.util.Locale;

/** Citizenship as declared by the applicant (wire names {@code WNI}, {@code WNA}). */
public enum Citizenship implements Labelled {
    /** Warga Negara Indonesia: an Indonesian citizen. */
    WNI("Warga Negara Indonesia (WNI)", "Indonesian citizen (WNI)"),
    /** Warga Negara Asing: a foreign national. */
    WNA("Warga Negara Asing (WNA)", "foreign national (WNA)");

    private final String indonesian;
    private final String english;

    Citizenship(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }
}
