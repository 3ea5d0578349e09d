// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The waves and the dated parameters together: what is in force at wave N or on date D.
 *
 * <pre>{@code
 * Programme p = Programme.standard();
 * p.inForce(18).maximumAge().value();               // Optional[64]
 * p.inForce(LocalDate.of(2021, 7, 1)).wave();        // 17
 * }</pre>
 *
 * <p>A custom programme (for instance with waves and regulations newer than this library) is built from
 * its own tables with {@link #of(Waves, ProgramParameters)}. Instances are immutable and thread-safe; the
 * parameters of every wave are resolved once, when the programme is built.
 */
public final class Programme {

    private static final Programme STANDARD = new Programme(Waves.standard(), ProgramParameters.standard());

    private final Waves waves;
    private final ProgramParameters parameters;
    private final ParametersInForce[] inForce;

    private Programme(Waves waves, ProgramParameters parameters) {
        this.waves = Objects.requireNonNull(waves, "waves");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.inForce = new ParametersInForce[waves.size() + 1];
        for (int w = 1; w <= waves.size(); w++) {
            inForce[w] = parameters.inForce(w);
        }
    }

    /** The programme as this library knows it: waves 1–71 and the standard parameters. */
    public static Programme standard() {
        return STANDARD;
    }

    /** A programme of the given tables. */
    public static Programme of(Waves waves, ProgramParameters parameters) {
        return new Programme(waves, parameters);
    }

    /** The waves. */
    public Waves waves() {
        return waves;
    }

    /** The dated parameters. */
    public ProgramParameters parameters() {
        return parameters;
    }

    /**
     * The parameters in force at wave {@code wave}.
     *
     * @throws IllegalArgumentException if the wave is unknown
     */
    public ParametersInForce inForce(int wave) {
        if (wave < 1 || wave >= inForce.length) {
            throw new IllegalArgumentException("no wave " + wave + "; the known waves are 1 to " + waves.size());
        }
        return inForce[wave];
    }

    /** The parameters in force on {@code date}: those of the wave in force then, if any. */
    public Optional<ParametersInForce> inForce(LocalDate date) {
        return waves.at(date).map(w -> inForce[w.number()]);
    }

    @Override
    public String toString() {
        return "Programme[" + waves + ", " + parameters + "]";
    }
}
