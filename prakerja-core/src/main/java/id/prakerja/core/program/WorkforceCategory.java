// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import id.prakerja.core.validation.LegalReference;
import java.util.Locale;

/**
 * The workforce categories the Kartu Prakerja is given to (wire names as in the applicant record).
 *
 * <p>Perpres 36/2020 named job seekers, laid-off workers and workers who need new skills; Perpres
 * 76/2020 and Permenko Perekonomian 11/2020 Pasal 2(3) added, as cases of the last, furloughed workers
 * and non-wage workers including micro and small entrepreneurs. Which categories a wave covers is the
 * dated parameter {@link ParameterKey#COVERED_CATEGORIES}; {@link #firstWave()} reads it.
 *
 * <pre>{@code
 * WorkforceCategory.FURLOUGHED.label(Languages.INDONESIAN); // "pekerja/buruh yang dirumahkan"
 * WorkforceCategory.FURLOUGHED.firstWave();                // 4
 * }</pre>
 */
public enum WorkforceCategory implements Labelled {
    /** Pencari kerja. */
    JOB_SEEKER("pencari kerja", "job seeker", References.PERPRES_36_2020),
    /** Pekerja/buruh yang terkena PHK. */
    LAID_OFF("pekerja/buruh yang terkena PHK", "laid-off worker", References.PERPRES_36_2020),
    /** Pekerja/buruh yang membutuhkan peningkatan kompetensi kerja. */
    NEEDS_UPSKILLING(
            "pekerja/buruh yang membutuhkan peningkatan kompetensi kerja",
            "worker who needs upskilling",
            References.PERPRES_36_2020),
    /** Pekerja/buruh yang dirumahkan. */
    FURLOUGHED("pekerja/buruh yang dirumahkan", "furloughed worker", References.PERPRES_76_2020),
    /** Pekerja bukan penerima upah. */
    NON_WAGE_WORKER("pekerja bukan penerima upah", "non-wage worker", References.PERMENKO_11_2020_CATEGORIES),
    /** Pelaku usaha mikro dan kecil. */
    MICRO_SMALL_ENTREPRENEUR("pelaku usaha mikro dan kecil", "micro or small entrepreneur", References.PERPRES_76_2020);

    private final String indonesian;
    private final String english;
    private final LegalReference introducedBy;

    WorkforceCategory(String indonesian, String english, LegalReference introducedBy) {
        this.indonesian = indonesian;
        this.english = english;
        this.introducedBy = introducedBy;
    }

    /** The label in Bahasa Indonesia, or in English when {@code locale}'s language is {@code en}. */
    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }

    /** The instrument that introduced the category. */
    public LegalReference introducedBy() {
        return introducedBy;
    }

    /** The first wave that covers the category, according to the standard parameters. */
    public int firstWave() {
        return Programme.standard().parameters().firstWaveWhere(ParameterKey.COVERED_CATEGORIES, s -> s.contains(this));
    }

    /** Legal references used by the enum constants (enum constants cannot refer to static fields). */
    private static final class References {
        static final LegalReference PERPRES_36_2020 = LegalReference.regulation(
                "Perpres 36/2020", "Pengembangan Kompetensi Kerja melalui Program Kartu Prakerja");
        static final LegalReference PERPRES_76_2020 = LegalReference.regulation(
                "Perpres 76/2020",
                "Pasal 3(3)",
                "Perubahan atas Perpres 36/2020: pekerja dirumahkan dan usaha mikro-kecil");
        static final LegalReference PERMENKO_11_2020_CATEGORIES = LegalReference.regulation(
                "Permenko Perekonomian 11/2020", "Pasal 2(3)", "Sasaran penerima Kartu Prakerja");
    }
}
