// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import id.prakerja.core.internal.Digits;
import id.prakerja.core.validation.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A regency (kabupaten) or city (kota) with its four-digit code in one {@link CodeSystem}.
 *
 * <p>A <em>retired</em> code is one that is no longer assigned but is still carried by lifelong NIKs
 * issued before a region was split, e.g. Merauke, 9101 under Papua until 2022 and 9301 under Papua
 * Selatan since; {@link #successor()} names the current code.
 *
 * <pre>{@code
 * Regency js = Regency.of("3174", "Kota Administrasi Jakarta Selatan", CodeSystem.KEMENDAGRI);
 * js.province(); // DKI_JAKARTA
 * }</pre>
 */
@Value.Immutable
public abstract class Regency {

    Regency() {}

    /** The four-digit code, e.g. {@code "3174"}. */
    public abstract String code();

    /** The official name, e.g. {@code "Kota Administrasi Jakarta Selatan"}. */
    public abstract String name();

    /** The system the code belongs to. */
    public abstract CodeSystem system();

    /** For a retired code, the code that replaced it (in the same system). */
    public abstract Optional<String> successor();

    /** Whether the code is retired (has a successor). */
    public final boolean isRetired() {
        return successor().isPresent();
    }

    /** The province, read from the first two digits in this regency's code system. */
    public final Province province() {
        String p = code().substring(0, 2);
        return (system() == CodeSystem.KEMENDAGRI ? Province.ofCode(p) : Province.ofBpsCode(p)).orElseThrow();
    }

    @Value.Check
    protected void check() {
        String c = code();
        if (!Digits.isAsciiDigits(c, 4)) {
            throw new InvalidValueException("a regency code has 4 ASCII digits: '" + c + "'");
        }
        String p = c.substring(0, 2);
        boolean knownProvince = system() == CodeSystem.KEMENDAGRI
                ? Province.ofCode(p).isPresent()
                : Province.ofBpsCode(p).isPresent();
        if (!knownProvince) {
            throw new InvalidValueException("regency " + c + " starts with an unknown " + system() + " province code");
        }
        if (name().isBlank()) {
            throw new InvalidValueException("regency " + c + " has a blank name");
        }
        successor().ifPresent(s -> {
            if (!Digits.isAsciiDigits(s, 4) || s.equals(c)) {
                throw new InvalidValueException("regency " + c + " has an invalid successor '" + s + "'");
            }
        });
    }

    /** A current regency. */
    public static Regency of(String code, String name, CodeSystem system) {
        return ImmutableRegency.builder().code(code).name(name).system(system).build();
    }

    /** A retired regency code, replaced by {@code successor}. */
    public static Regency retired(String code, String name, CodeSystem system, String successor) {
        return ImmutableRegency.builder()
                .code(code)
                .name(name)
                .system(system)
                .successor(successor)
                .build();
    }

    @Override
    public String toString() {
        return code() + " " + name() + " (" + system()
                + (isRetired() ? ", retired → " + successor().get() : "") + ")";
    }
}
