// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.identity.Province;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * The area an agreement covers: one province, either as a whole or restricted to some of its regencies
 * and cities (four-digit Kemendagri codes).
 *
 * <p>An activity lies inside when it is in the same province and, if the agreement lists regencies, names
 * one of them. An activity recorded for the province as a whole (no regency) lies inside only an agreement
 * that covers the whole province: under a restricted agreement it cannot be shown to be inside.
 *
 * <pre>{@code
 * AgreementRegion dki = AgreementRegion.wholeProvince(Province.DKI_JAKARTA);
 * dki.covers(Region.of(Province.DKI_JAKARTA, "3174")); // true
 * AgreementRegion north = AgreementRegion.of(Province.DKI_JAKARTA, List.of("3101", "3172"));
 * north.covers(Region.of(Province.DKI_JAKARTA));       // false: no regency named
 * }</pre>
 */
@Value.Immutable
public abstract class AgreementRegion {

    AgreementRegion() {}

    /** The province. */
    public abstract Province province();

    /** The regency/city codes the agreement is restricted to, in the order given; empty for the whole province. */
    public abstract Set<String> regencyCodes();

    /** Whether the agreement covers only some regencies of its province. */
    public final boolean restrictsRegencies() {
        return !regencyCodes().isEmpty();
    }

    /** Whether {@code region} lies inside this area (see the class comment). */
    public final boolean covers(Region region) {
        if (region.province() != province()) {
            return false;
        }
        if (!restrictsRegencies()) {
            return true;
        }
        return region.regencyCode().map(regencyCodes()::contains).orElse(false);
    }

    @Value.Check
    protected void check() {
        for (String code : regencyCodes()) {
            Region.requireRegencyCode(code, province());
        }
    }

    /**
     * The area in words, e.g. {@code "DKI Jakarta"} or {@code "DKI Jakarta: Kabupaten Administrasi Kepulauan
     * Seribu (3101), Kota Administrasi Jakarta Utara (3172)"}.
     */
    public final String describe() {
        if (!restrictsRegencies()) {
            return province().indonesianName();
        }
        StringJoiner j = new StringJoiner(", ", province().indonesianName() + ": ", "");
        for (String code : regencyCodes()) {
            j.add(Region.describeRegency(code));
        }
        return j.toString();
    }

    /** The whole of {@code province}. */
    public static AgreementRegion wholeProvince(Province province) {
        return ImmutableAgreementRegion.builder().province(province).build();
    }

    /**
     * Some regencies/cities of {@code province}; an empty list means the whole province.
     *
     * @throws id.prakerja.core.validation.InvalidValueException if a code is not 4 digits starting with the province code
     */
    public static AgreementRegion of(Province province, List<String> regencyCodes) {
        return ImmutableAgreementRegion.builder()
                .province(province)
                .addAllRegencyCodes(regencyCodes)
                .build();
    }
}
