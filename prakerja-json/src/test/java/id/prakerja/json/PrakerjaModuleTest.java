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
}
