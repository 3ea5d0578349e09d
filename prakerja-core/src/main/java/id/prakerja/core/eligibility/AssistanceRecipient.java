// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.validation.Labelled;
import java.util.Locale;

/**
 * Whose social assistance excludes an applicant: the argument {@code recipient} of
 * {@link id.prakerja.core.validation.RuleCode#ELIGIBILITY_SOCIAL_ASSISTANCE}.
 */
public enum AssistanceRecipient implements Labelled {
    /** The applicant receives it (field {@code socialAssistance}). */
    APPLICANT("pemohon", "the applicant"),
    /** A member of the applicant's family receives it (field {@code familySocialAssistance}). */
    FAMILY_MEMBER("anggota keluarga pemohon", "a member of the applicant's family");

    private final String indonesian;
    private final String english;

    AssistanceRecipient(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : indonesian;
    }
}
