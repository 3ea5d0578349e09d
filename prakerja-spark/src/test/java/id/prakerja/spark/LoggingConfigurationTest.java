// SPDX-License-Identifier: Apache-2.0
package id.prakerja.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

/**
 * The tests' logging ({@code src/test/resources/log4j2.properties}) silences only the four expected warnings of a
 * {@code local[2]} run, each by its text on its logger: another warning or an error of the same logger and the same
 * text on another logger still show, and INFO does not.
 */
class LoggingConfigurationTest {

    private static final String[][] EXPECTED = {
        {
            "org.apache.hadoop.util.NativeCodeLoader",
            "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"
        },
        {
            "org.apache.spark.util.Utils",
            "Your hostname, vm, resolves to a loopback address: 127.0.0.1; using 192.0.2.2 instead (on interface eth0)"
        },
        {"org.apache.spark.util.Utils", "Set SPARK_LOCAL_IP if you need to bind to another address"},
        {
            "org.apache.spark.util.SparkStringUtils",
            "Truncated the string representation of a plan since it was too large. This behavior can be adjusted by"
                    + " setting 'spark.sql.debug.maxToStringFields'."
        },
    };

    private static final Configuration CONFIG = ((LoggerContext) LogManager.getContext(false)).getConfiguration();

    @Test
    void theTestConfigurationIsTheOneInUse() {
        assertThat(CONFIG.getConfigurationSource().getLocation()).endsWith("log4j2.properties");
        assertThat(CONFIG.getRootLogger().getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void aWindowOverTheWholeDatasetIsNotSilenced() {
        // SparkFeedValidator numbers rows without one; if a change brought one back, its warning must show
        assertThat(shown(
                        "org.apache.spark.sql.execution.window.WindowExec",
                        Level.WARN,
                        "No Partition Defined for Window operation! Moving all data to a single partition, this can"
                                + " cause serious performance degradation."))
                .isTrue();
    }

    @Test
    void onlyTheExpectedWarningsAreSilenced() {
        for (String[] e : EXPECTED) {
            assertThat(shown(e[0], Level.WARN, e[1])).as("%s: %s", e[0], e[1]).isFalse();
            assertThat(shown(e[0], Level.ERROR, "Exception in task 0.0 in stage 1.0"))
                    .as("an error of %s", e[0])
                    .isTrue();
            assertThat(shown(e[0], Level.WARN, "Service 'SparkUI' could not bind on port 4040."))
                    .as("another warning of %s", e[0])
                    .isTrue();
            assertThat(shown("org.apache.spark.scheduler.TaskSetManager", Level.WARN, e[1]))
                    .as("the text on another logger")
                    .isTrue();
        }
        assertThat(shown("org.apache.spark.SparkContext", Level.INFO, "Running Spark version 4.2.0"))
                .isFalse();
    }

    /** Whether an event reaches the console: its logger's level and filters, then the appender's. */
    private static boolean shown(String logger, Level level, String text) {
        LoggerConfig config = CONFIG.getLoggerConfig(logger);
        LogEvent event = Log4jLogEvent.newBuilder()
                .setLoggerName(logger)
                .setLevel(level)
                .setMessage(new SimpleMessage(text))
                .build();
        return level.isMoreSpecificThan(config.getLevel()) && !config.isFiltered(event);
    }
}
