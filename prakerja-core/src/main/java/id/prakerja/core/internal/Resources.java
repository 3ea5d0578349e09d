// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/** Loads the library's own data files from its jar. */
public final class Resources {
    private Resources() {}

    /**
     * Reads the UTF-8 resource {@code path} of {@code owner}'s module with {@code loader} (given the reader
     * and the path, for error messages).
     *
     * @throws IllegalStateException if the resource is missing (a broken jar)
     */
    public static <T> T load(Class<?> owner, String path, BiFunction<Reader, String, T> loader) {
        InputStream in = owner.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the resource " + path + " is missing from prakerja-core");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return loader.apply(r, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
