// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PrakerjaModuleTest {

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(JsonMapper.builder().findAndAddModules().build().registeredModules())
                .anySatisfy(m -> assertThat(m.getRegistrationId()).isEqualTo(PrakerjaModule.NAME));
    }

    @Test
    void isStrictByDefaultAndOffersALenientCopy() {
        PrakerjaModule module = new PrakerjaModule();
        assertThat(module.isStrict()).isTrue();
        assertThat(module.withStrict(true)).isSameAs(module);
        assertThat(module.withStrict(false).isStrict()).isFalse();
        assertThat(module.withStrict(false).getRegistrationId()).isEqualTo(PrakerjaModule.NAME);
    }

    @Test
    void itsVersionIsTheBuildsVersion() {
        String build = System.getProperty("prakerja.build.version"); // set by the pom from ${project.version}
        assertThat(build).as("surefire passes the pom's version").isNotBlank();
        tools.jackson.core.Version v = new PrakerjaModule().version();
        assertThat(v.toString()).isEqualTo(build);
        assertThat(v.getGroupId()).isEqualTo("id.prakerja");
        assertThat(v.getArtifactId()).isEqualTo("prakerja-json");
    }

    @Test
    void theServiceLoadedModuleReadsApplicants() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.readValue(Samples.WIRE_SAMPLE, id.prakerja.core.eligibility.RawApplicant.class))
                .isEqualTo(Samples.RAW);
    }
}
