// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The version of this jar, as the build wrote it into {@code version.properties} (a filtered resource). */
final class BuildVersion {

    /** {@code 0.1.0-SNAPSHOT} as a Jackson {@link Version} of {@code id.prakerja:prakerja-json}. */
    static final Version VERSION = VersionUtil.parseVersion(read(), "id.prakerja", "prakerja-json");

    private BuildVersion() {}

    private static String read() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from prakerja-json");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prakerja-json's version.properties", e);
        }
    }
}
