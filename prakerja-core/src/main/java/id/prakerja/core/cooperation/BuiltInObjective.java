// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.validation.Labelled;
import java.util.Locale;
import java.util.Optional;

/**
 * The three objectives of the nota kesepakatan between Pemprov DKI Jakarta and the Kartu Prakerja
 * management office of 17 September 2021, as reusable objectives.
 *
 * <p>Wording after the press release of 18 September 2021 and its reports (pwrionline.com/2021/09/
 * pemprov-dki-jakarta-dan-pmo-telah-tandangani-program-kartu-prakerja/; jakarta.bisnis.com/read/20210918/
 * 77/1443915/…; voi.id/berita/86256/…), which agree on the three objectives. The DKI text aims the second
 * at "angkatan kerja di wilayah Provinsi DKI Jakarta"; here it reads "di wilayah kerja sama" so that other
 * agreements can use it. The English wording is the library's translation.
 *
 * <p>{@link #label(Locale)} is a short name for messages; {@link #text(Locale)} is the full wording.
 *
 * <pre>{@code
 * BuiltInObjective.DIGITAL_LITERACY.label(Locale.ENGLISH); // "digital literacy"
 * BuiltInObjective.DIGITAL_LITERACY.text(Languages.INDONESIAN);
 * // "Meningkatkan pemahaman dan literasi digital tentang manfaat dan penggunaan Kartu Prakerja ..."
 * }</pre>
 */
public enum BuiltInObjective implements Objective, Labelled {
    /** Spread information about the programme and raise public understanding of what it is for. */
    INFORMATION_DISSEMINATION(
            "penyebarluasan informasi",
            "information dissemination",
            "Menyebarluaskan informasi dan meningkatkan pemahaman publik mengenai pengembangan kompetensi,"
                    + " produktivitas, dan daya saing angkatan kerja melalui Program Kartu Prakerja.",
            "Spread information and raise public understanding of how the Kartu Prakerja programme develops"
                    + " the competence, productivity and competitiveness of the labour force."),
    /** Raise understanding and digital literacy about the card's benefits and use among the labour force. */
    DIGITAL_LITERACY(
            "literasi digital",
            "digital literacy",
            "Meningkatkan pemahaman dan literasi digital tentang manfaat dan penggunaan Kartu Prakerja bagi"
                    + " angkatan kerja di wilayah kerja sama.",
            "Raise understanding and digital literacy about the benefits and use of the Kartu Prakerja among"
                    + " the labour force of the agreement's region."),
    /** Encourage and remind card recipients to make full use of the programme and their balance. */
    RECIPIENT_REMINDERS(
            "pengingat bagi penerima",
            "reminders to recipients",
            "Mendorong dan mengingatkan penerima Kartu Prakerja agar memanfaatkan program dan saldo Kartu"
                    + " Prakerja secara maksimal.",
            "Encourage and remind card recipients to make full use of the programme and of their Kartu"
                    + " Prakerja balance.");

    private final String indonesianLabel;
    private final String englishLabel;
    private final String indonesian;
    private final String english;

    BuiltInObjective(String indonesianLabel, String englishLabel, String indonesian, String english) {
        this.indonesianLabel = indonesianLabel;
        this.englishLabel = englishLabel;
        this.indonesian = indonesian;
        this.english = english;
    }

    /** The code, equal to the constant's name. */
    @Override
    public String code() {
        return name();
    }

    /** The full wording in Bahasa Indonesia, or in English when {@code locale}'s language is {@code en}. */
    @Override
    public String text(Locale locale) {
        return Texts.english(locale) ? english : indonesian;
    }

    /** A short name in Bahasa Indonesia, or in English when {@code locale}'s language is {@code en}. */
    @Override
    public String label(Locale locale) {
        return Texts.english(locale) ? englishLabel : indonesianLabel;
    }

    /** The built-in objective whose code is exactly {@code code}, if any. */
    public static Optional<BuiltInObjective> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (BuiltInObjective o : values()) {
            if (o.name().equals(code)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
