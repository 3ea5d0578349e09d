// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.cooperation.Agreements;
import id.prakerja.core.program.DatedValue;
import id.prakerja.core.program.ParameterKey;
import id.prakerja.core.program.ProgramParameters;
import id.prakerja.core.program.Programme;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.LegalReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Legal references by citation, for reading violations back: JSON carries a reference as its one-line
 * citation only ({@code "Permenko Perekonomian 11/2020 Pasal 2(5)"}).
 *
 * <p>A citation of a reference the library knows — every dated parameter of {@link Programme#standard()},
 * the regulations that introduced each workforce category, the built-in agreements — reads back as that
 * very reference (kind, instrument, article, title, date). Any other citation, such as that of an agreement
 * the library does not ship, reads back as a regulation whose instrument and title are the citation: its
 * {@link LegalReference#citation()} is the same text, so writing it again gives the same JSON.
 */
final class LegalReferences {

    private static final Map<String, LegalReference> KNOWN = known();

    private LegalReferences() {}

    private static Map<String, LegalReference> known() {
        Map<String, LegalReference> m = new HashMap<>();
        ProgramParameters parameters = Programme.standard().parameters();
        for (ParameterKey<?> key : ParameterKey.all()) {
            addHistory(parameters, key, m);
        }
        for (WorkforceCategory c : WorkforceCategory.values()) {
            m.putIfAbsent(c.introducedBy().citation(), c.introducedBy());
        }
        LegalReference dki = Agreements.dkiJakarta2021().reference();
        m.putIfAbsent(dki.citation(), dki);
        return Map.copyOf(m);
    }

    private static <T> void addHistory(
            ProgramParameters parameters, ParameterKey<T> key, Map<String, LegalReference> m) {
        for (DatedValue<T> v : parameters.history(key)) {
            m.putIfAbsent(v.reference().citation(), v.reference());
        }
    }

    /** The reference cited as {@code citation} (see the class comment). */
    static LegalReference of(String citation) {
        LegalReference known = KNOWN.get(citation);
        return known != null ? known : LegalReference.regulation(citation, citation);
    }
}
