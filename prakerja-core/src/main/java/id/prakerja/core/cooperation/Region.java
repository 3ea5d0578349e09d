// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Regency;
import id.prakerja.core.identity.RegionDirectory;
import id.prakerja.core.internal.Digits;
import id.prakerja.core.validation.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a party sits or an outreach activity took place: a province and, optionally, a four-digit
 * Kemendagri regency/city code starting with the province's code.
 *
 * <pre>{@code
 * Region jakartaSelatan = Region.of(Province.DKI_JAKARTA, "3174");
 * Region wholeProvince = Region.of(Province.DKI_JAKARTA);
 * jakartaSelatan.describe(); // "Kota Administrasi Jakarta Selatan (3174), DKI Jakarta"
 * }</pre>
 *
 * <p>Only the form of the regency code is checked here (four ASCII digits starting with the province
 * code); whether the code exists is a question for a {@link RegionDirectory}.
 */
@Value.Immutable
public abstract class Region {

    Region() {}

    /** The province. */
    public abstract Province province();

    /** The four-digit Kemendagri regency/city code, e.g. {@code "3174"}; absent for the province as a whole. */
    public abstract Optional<String> regencyCode();

    @Value.Check
    protected void check() {
        regencyCode().ifPresent(r -> requireRegencyCode(r, province()));
    }

    static void requireRegencyCode(String code, Province province) {
        if (!Digits.isAsciiDigits(code, 4) || !code.startsWith(province.code())) {
            throw new InvalidValueException("regency code '" + code + "' is not 4 digits starting with the code "
                    + province.code() + " of " + province.indonesianName());
        }
    }

    /**
     * The region in words: the regency's name and code when the built-in {@link RegionDirectory} knows it
     * (otherwise its code), then the province, e.g. {@code "Kota Administrasi Jakarta Selatan (3174), DKI
     * Jakarta"} or {@code "Jawa Barat"}. Place names are the same in every language.
     */
    public final String describe() {
        return regencyCode()
                .map(code -> describeRegency(code) + ", " + province().indonesianName())
                .orElseGet(() -> province().indonesianName());
    }

    static String describeRegency(String code) {
        return RegionDirectory.builtIn()
                .regency(code)
                .map(Regency::name)
                .map(name -> name + " (" + code + ")")
                .orElse(code);
    }

    /** The province as a whole. */
    public static Region of(Province province) {
        return ImmutableRegion.builder().province(province).build();
    }

    /**
     * A regency or city of {@code province}.
     *
     * @throws id.prakerja.core.validation.InvalidValueException if {@code regencyCode} is not 4 digits starting with the province code
     */
    public static Region of(Province province, String regencyCode) {
        return ImmutableRegion.builder()
                .province(province)
                .regencyCode(regencyCode)
                .build();
    }

    @Override
    public String toString() {
        return province().code() + regencyCode().map(r -> "/" + r).orElse("");
    }
}
