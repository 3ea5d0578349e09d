// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Province;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookupTest {

    @Test
    void findsEveryConstantByItsExactNameOnly() {
        check(Occupation.class);
        check(SocialAssistance.class);
        check(WorkforceCategory.class);
        check(Province.class);
    }

    @Test
    void listsTheNamesInDeclarationOrder() {
        assertThat(Lookup.of(SocialAssistance.class).names()).isEqualTo("DTKS_BANSOS, PKH, BPNT, BSU, BPUM, BST, KIS");
    }

    private static <E extends Enum<E>> void check(Class<E> type) {
        Lookup<E> lookup = Lookup.of(type);
        for (E e : type.getEnumConstants()) {
            // a new string, as a parser delivers it, not the interned name
            assertThat(lookup.find(new String(e.name().toCharArray()))).isSameAs(e);
            String n = e.name();
            for (String other : List.of(
                    n.toLowerCase(),
                    " " + n,
                    n + " ",
                    n.substring(1),
                    n.substring(0, n.length() - 1),
                    n + n,
                    n.charAt(0) + "X" + n.substring(1))) {
                E found = lookup.find(other);
                assertThat(found == null || found.name().equals(other))
                        .as(other)
                        .isTrue();
            }
        }
        assertThat(lookup.find(null)).isNull();
        assertThat(lookup.find("")).isNull();
        assertThat(lookup.find("NOT_A_CONSTANT_OF_ANY_ENUM_AT_ALL_IN_PRAKERJA")).isNull();
    }
}
