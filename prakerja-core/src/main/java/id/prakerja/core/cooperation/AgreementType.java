// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.validation.Labelled;
import java.util.Locale;

/**
 * The kind of instrument a {@link CooperationAgreement} is; it names the agreement in citations.
 *
 * <pre>{@code
 * AgreementType.MEMORANDUM_OF_UNDERSTANDING.instrumentName(); // "Nota Kesepakatan"
 * }</pre>
 */
public enum AgreementType implements Labelled {
    /** A nota kesepakatan (also reported as nota kesepahaman or MoU): a framework agreement. */
    MEMORANDUM_OF_UNDERSTANDING("Nota Kesepakatan", "nota kesepakatan", "memorandum of understanding"),
    /** A perjanjian kerja sama (PKS): a detailed agreement, usually following a nota kesepakatan. */
    COOPERATION_AGREEMENT("Perjanjian Kerja Sama", "perjanjian kerja sama", "cooperation agreement"),
    /** Any other written agreement. */
    OTHER("Kesepakatan", "kesepakatan", "agreement");

    private final String instrumentName;
    private final String indonesian;
    private final String english;

    AgreementType(String instrumentName, String indonesian, String english) {
        this.instrumentName = instrumentName;
        this.indonesian = indonesian;
        this.english = english;
    }

    /** The Indonesian name as it starts a citation, e.g. {@code "Nota Kesepakatan"}. */
    public String instrumentName() {
        return instrumentName;
    }

    /** The label in Bahasa Indonesia, or in English when {@code locale}'s language is {@code en}. */
    @Override
    public String label(Locale locale) {
        return Texts.english(locale) ? english : indonesian;
    }
}
