package id.prakerja.json;

import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that binds prakerja's wire formats.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PrakerjaModule()).build();
 * // or, found through the service loader:
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * }</pre>
 */
public final class PrakerjaModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module's name, as Jackson reports it. */
    public static final String NAME = "prakerja";

    /** A module with the default (strict) options. */
    public PrakerjaModule() {
        super(NAME, new Version(0, 1, 0, "SNAPSHOT", "id.prakerja", "prakerja-json"));
    }
}
