// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.prakerja.core.identity.Nik;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link PrakerjaSchemas} reads every schema on the class path and on the module path. The module-path case
 * loads the built {@code id.prakerja.json} module (its {@code target/classes}, without this test's classes) in
 * a fresh {@link ModuleLayer}, with core and Jackson as named modules, and shows that the plain resource
 * lookup finds nothing there while the accessor does.
 */
class PrakerjaSchemasTest {

    private static final String RESOURCE = "id/prakerja/json/schemas/applicant.schema.json";

    /** Where the classes of json (main), core, Jackson databind, core and annotations were loaded from. */
    private static Path[] locations() throws Exception {
        List<Class<?>> types =
                List.of(PrakerjaModule.class, Nik.class, JsonMapper.class, JsonParser.class, JsonProperty.class);
        Path[] out = new Path[types.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Path.of(types.get(i)
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        }
        return out;
    }

    @Test
    void everySchemaOpensInThisModule() throws Exception {
        assertThat(PrakerjaSchemas.names()).containsExactlyElementsOf(Schemas.NAMES);
        for (String name : PrakerjaSchemas.names()) {
            try (InputStream in = PrakerjaSchemas.open(name)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(Schemas.text(name))
                        .isEqualTo(PrakerjaSchemas.text(name + ".schema.json"));
            }
        }
        assertThatThrownBy(() -> PrakerjaSchemas.open("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pre-check");
    }

    @Test
    void onTheModulePathOnlyTheAccessorFindsTheSchemas() throws Exception {
        Path[] paths = locations();
        ModuleLayer boot = ModuleLayer.boot();
        Configuration cf = Configuration.resolve(
                ModuleFinder.of(paths), List.of(boot.configuration()), ModuleFinder.of(), Set.of("id.prakerja.json"));
        ModuleLayer layer = ModuleLayer.defineModulesWithOneLoader(
                        cf, List.of(boot), ClassLoader.getPlatformClassLoader())
                .layer();
        Module json = layer.findModule("id.prakerja.json").orElseThrow();
        assertThat(json.isNamed()).isTrue();
        assertThat(json.getPackages()).contains("id.prakerja.json.schemas");
        ClassLoader loader = layer.findLoader("id.prakerja.json");
        // the lookup of old: a resource of a package that is not open is not found from outside the module
        assertThat(loader.getResource(RESOURCE)).isNull();
        assertThat(json.getResourceAsStream(RESOURCE)).isNull();

        Class<?> schemas = loader.loadClass("id.prakerja.json.PrakerjaSchemas");
        assertThat(schemas.getModule()).isSameAs(json);
        Method open = schemas.getMethod("open", String.class);
        for (String name : PrakerjaSchemas.names()) {
            try (InputStream in = (InputStream) open.invoke(null, name)) {
                assertThat(in).as(name).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(Schemas.text(name));
            }
        }
    }

    @Test
    void onTheClassPathTheAccessorFindsTheSchemasToo() throws Exception {
        Path[] paths = locations();
        URL[] urls = new URL[paths.length];
        for (int i = 0; i < paths.length; i++) {
            urls[i] = paths[i].toUri().toURL();
        }
        // parent: the boot loader, which (unlike the platform loader) does not hand over the packages of the
        // modules this test runs in
        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            Class<?> schemas = loader.loadClass("id.prakerja.json.PrakerjaSchemas");
            assertThat(schemas.getModule().isNamed()).isFalse();
            assertThat(loader.getResource(RESOURCE)).isNotNull();
            try (InputStream in =
                    (InputStream) schemas.getMethod("open", String.class).invoke(null, "pre-check")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(Schemas.text("pre-check"));
            }
        }
    }
}
