package id.prakerja.json;

import id.prakerja.core.eligibility.RawApplicant;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that binds prakerja's wire formats: {@link RawApplicant} is read and written in the
 * applicant-record format of {@code wire-formats.md}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PrakerjaModule()).build();
 * // or, found through the service loader:
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 *
 * RawApplicant raw = mapper.readValue(json, RawApplicant.class);
 * String back = mapper.writeValueAsString(raw);
 * }</pre>
 *
 * <p>Reading through a mapper follows the rules of {@link ApplicantBinder} but, as Jackson does, fails on
 * the first bad record with a {@code MismatchedInputException} naming its violations. To get every problem
 * as a violation without exceptions, and for feeds, use {@link ApplicantBinder} and {@link FeedReader}: that
 * is the never-throw path. Writing omits absent fields and keeps the wire order.
 *
 * <p>Strict by default (an unknown field fails); {@link #withStrict(boolean) withStrict(false)} ignores
 * unknown fields.
 */
public final class PrakerjaModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module's name, as Jackson reports it. */
    public static final String NAME = "prakerja";

    private final boolean strict;

    /** A module with the default (strict) options. */
    public PrakerjaModule() {
        this(true);
    }

    private PrakerjaModule(boolean strict) {
        super(NAME, new Version(0, 1, 0, "SNAPSHOT", "id.prakerja", "prakerja-json"));
        this.strict = strict;
        addDeserializer(
                RawApplicant.class, strict ? RawApplicantDeserializer.INSTANCE : RawApplicantDeserializer.LENIENT);
        addSerializer(RawApplicant.class, RawApplicantSerializer.INSTANCE);
    }

    /** Whether unknown fields fail ({@code true}, the default) or are ignored. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * A module that fails on unknown fields ({@code true}) or ignores them ({@code false}).
     *
     * <pre>{@code
     * JsonMapper lenient = JsonMapper.builder().addModule(new PrakerjaModule().withStrict(false)).build();
     * }</pre>
     */
    public PrakerjaModule withStrict(boolean strict) {
        return strict == this.strict ? this : new PrakerjaModule(strict);
    }
}
