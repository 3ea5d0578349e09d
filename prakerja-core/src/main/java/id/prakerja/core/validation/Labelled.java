// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import java.util.Locale;

/**
 * A value with a human label in Bahasa Indonesia and English, used by {@link Messages} when the value
 * is an argument of a violation.
 */
public interface Labelled {
    /**
     * The label in {@code locale}: English when its language is {@code en}, Bahasa Indonesia otherwise.
     */
    String label(Locale locale);
}
