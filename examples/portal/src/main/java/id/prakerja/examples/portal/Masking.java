// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.portal;

import id.prakerja.core.identity.Nik;

/** Every text the portal logs or returns of its own passes here: runs of nine or more digits are masked. */
final class Masking {
    private Masking() {}

    /** {@code text} with every run of nine or more digits masked ({@code 3174********0001}). */
    static String mask(String text) {
        return text == null ? null : Nik.maskNumbersIn(text);
    }
}
