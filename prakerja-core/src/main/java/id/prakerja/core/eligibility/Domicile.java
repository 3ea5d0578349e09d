package id.prakerja.core.eligibility;

import id.prakerja.core.identity.Province;
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
            if (r.length() != 4
                    || !r.startsWith(province().code())
                    || !isAsciiDigit(r.charAt(2))
                    || !isAsciiDigit(r.charAt(3))) {
                throw new IllegalStateException(
                        "regency code '" + r + "' is not 4 digits starting with the province code "
                                + province().code());
            }
        });
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A domicile known to the province only. */
    public static Domicile of(Province province) {
        return ImmutableDomicile.builder().province(province).build();
    }

    /** A domicile with its regency/city code. */
    public static Domicile of(Province province, String regencyCode) {
        return ImmutableDomicile.builder()
                .province(province)
                .regencyCode(regencyCode)
                .build();
    }
}
