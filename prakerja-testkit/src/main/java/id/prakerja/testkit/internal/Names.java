// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.identity.Sex;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A small embedded list of Indonesian names: common given names (Javanese, Sundanese, Balinese, Malay and
 * Arabic-derived), second names and a few family names (Batak, Minahasa, Ambon, Chinese-Indonesian). Many
 * Indonesians have a single name; some names carry an apostrophe (Ma'ruf, Nur'aini).
 */
public final class Names {
    private Names() {}

    static final List<String> MALE = List.of(
            "Budi",
            "Agus",
            "Ahmad",
            "Muhammad",
            "Rizki",
            "Dedi",
            "Eko",
            "Joko",
            "Bambang",
            "Slamet",
            "Hendra",
            "Andi",
            "Wayan",
            "Made",
            "Ketut",
            "Putu",
            "Asep",
            "Ujang",
            "Yusuf",
            "Fajar",
            "Dimas",
            "Arif",
            "Bayu",
            "Teguh",
            "Rudi",
            "Irfan",
            "Ma'ruf",
            "Hasan",
            "Gede",
            "Nyoman",
            "Ilham",
            "Reza");
    static final List<String> FEMALE = List.of(
            "Siti",
            "Sri",
            "Dewi",
            "Nur",
            "Rina",
            "Ayu",
            "Putri",
            "Wulan",
            "Ratna",
            "Indah",
            "Fitri",
            "Lestari",
            "Ni Luh",
            "Ni Made",
            "Kadek",
            "Nurul",
            "Aisyah",
            "Rini",
            "Yuni",
            "Dian",
            "Intan",
            "Nia",
            "Nur'aini",
            "Mega",
            "Endang",
            "Wahyuni",
            "Novi",
            "Citra",
            "Anisa",
            "Kartini");
    static final List<String> SECOND_MALE = List.of(
            "Santoso",
            "Setiawan",
            "Hidayat",
            "Saputra",
            "Pratama",
            "Wijaya",
            "Kurniawan",
            "Nugroho",
            "Susanto",
            "Permana",
            "Firmansyah",
            "Hakim",
            "Ramadhan",
            "Prasetyo",
            "Gunawan",
            "Adi");
    static final List<String> SECOND_FEMALE = List.of(
            "Aminah",
            "Wahyuni",
            "Lestari",
            "Rahayu",
            "Handayani",
            "Kusuma",
            "Sari",
            "Anggraini",
            "Purnamasari",
            "Maharani",
            "Rahmawati",
            "Safitri",
            "Utami",
            "Fitriani",
            "Pertiwi",
            "Permatasari");
    static final List<String> FAMILY = List.of(
            "Siregar",
            "Nasution",
            "Simanjuntak",
            "Harahap",
            "Lubis",
            "Sitompul",
            "Hutapea",
            "Sembiring",
            "Ginting",
            "Tarigan",
            "Manurung",
            "Pangaribuan",
            "Wenas",
            "Lumban Gaol",
            "Pattimura",
            "Latuconsina",
            "Tanoesoedibjo",
            "Halim");

    /** A realistic full name for someone of {@code sex}. */
    public static String draw(RandomGenerator random, Sex sex) {
        boolean female = sex == Sex.FEMALE;
        String given = pick(random, female ? FEMALE : MALE);
        String second = pick(random, female ? SECOND_FEMALE : SECOND_MALE);
        String family = pick(random, FAMILY);
        int shape = random.nextInt(100);
        if (shape < 15) {
            return given;
        }
        if (shape < 65) {
            return given.equals(second) ? given : given + " " + second;
        }
        if (shape < 85) {
            return given + " " + family;
        }
        return given + " " + second + " " + family;
    }

    /** The shortest plausible name for {@code sex} (used when shrinking). */
    public static String shortest(Sex sex) {
        return sex == Sex.FEMALE ? "Siti" : "Budi";
    }

    /** A name of exactly {@code length} characters, built from real names (the longest-name boundary). */
    public static String ofLength(Sex sex, int length) {
        StringBuilder sb = new StringBuilder(sex == Sex.FEMALE ? "Siti Nurhaliza" : "Muhammad Rizki");
        int i = 0;
        while (sb.length() < length) {
            sb.append(' ').append(FAMILY.get(i++ % FAMILY.size()));
        }
        sb.setLength(length);
        if (sb.charAt(length - 1) == ' ') {
            sb.setCharAt(length - 1, 'a');
        }
        return sb.toString();
    }

    static <T> T pick(RandomGenerator random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
