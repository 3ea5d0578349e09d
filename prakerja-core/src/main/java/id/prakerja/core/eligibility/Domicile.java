// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.identity.Province;
import id.prakerja.core.internal.Digits;
import id.prakerja.core.validation.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the applicant lives: a province and, optionally, a four-digit Kemendagri regency/city code.
 *
 * <pre>{@code
 * Domicile d = Domicile.of(Province.DKI_JAKARTA, "3174");
 * }</pre>
 */
@Value.Immutable
public abstract class Domicile {

    Domicile() {}

    /** The province. */
    public abstract Province province();

    /** The four-digit Kemendagri regency/city code, starting with the province code. */
    public abstract Optional<String> regencyCode();

    @Value.Check
    protected void check() {
        regencyCode().ifPresent(r -> {
            if (!Digits.isAsciiDigits(r, 4) || !r.startsWith(province().code())) {
                throw new InvalidValueException(
                        "regency code '" + r + "' is not 4 digits starting with the province code "
                                + province().code());
            }
        });
    }

    /** One shared domicile per province, without regency. */
    private static final Domicile[] BY_PROVINCE = new Domicile[Province.values().length];

    /**
     * Shared domiciles with a regency, by province and the regency's last two digits, made on first use:
     * a feed names the same few hundred regencies millions of times. Races only make an equal instance
     * twice; the instances are immutable with final fields, so they are safely shared.
     */
    private static final Domicile[][] BY_REGENCY = new Domicile[Province.values().length][];

    static {
        for (Province p : Province.values()) {
            BY_PROVINCE[p.ordinal()] = ImmutableDomicile.builder().province(p).build();
        }
    }

    /** A domicile known to the province only. */
    public static Domicile of(Province province) {
        return BY_PROVINCE[province.ordinal()];
    }

    /**
     * A domicile with its regency/city code.
     *
     * @throws id.prakerja.core.validation.InvalidValueException if the code is not four ASCII digits starting with the province code
     */
    public static Domicile of(Province province, String regencyCode) {
        if (Digits.isAsciiDigits(regencyCode, 4) && regencyCode.startsWith(province.code())) {
            Domicile[] ofProvince = BY_REGENCY[province.ordinal()];
            if (ofProvince == null) {
                ofProvince = new Domicile[100];
                BY_REGENCY[province.ordinal()] = ofProvince;
            }
            int i = (regencyCode.charAt(2) - '0') * 10 + (regencyCode.charAt(3) - '0');
            Domicile d = ofProvince[i];
            if (d == null) {
                d = ImmutableDomicile.builder()
                        .province(province)
                        .regencyCode(regencyCode)
                        .build();
                ofProvince[i] = d;
            }
            return d;
        }
        return ImmutableDomicile.builder()
                .province(province)
                .regencyCode(regencyCode)
                .build();
    }
}
