// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public contract of rule codes (extend, never rename). The always-run check reads the project's own
 * list of the contract's codes ({@code contract-rule-codes.txt}); the shared design document beside the
 * project (in CI, not in a user's clone) is an optional cross-check that the list is complete.
 */
class RuleCodeContractTest {

    private static final String SHARED_DIR_PROPERTY = "prakerja.shared.dir";
    private static final Path SHARED_RULE_CODES =
            Path.of(System.getProperty(SHARED_DIR_PROPERTY, "../../shared"), "design", "rule-codes.md");

    static Set<String> contractCodes() throws IOException {
        try (InputStream in = RuleCodeContractTest.class.getResourceAsStream("contract-rule-codes.txt")) {
            Set<String> codes = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    codes.add(line.strip());
                }
            }
            return codes;
        }
    }

    @Test
    void everyCodeOfTheContractExistsAndKeepsItsName() throws IOException {
        Set<String> contract = contractCodes();
        assertThat(contract).hasSizeGreaterThanOrEqualTo(44);
        assertThat(MessagesTest.enumCodes()).containsAll(contract);
    }

    @Test
    void theProjectsListHasEveryCodeOfTheSharedContract() throws IOException {
        if (System.getProperty(SHARED_DIR_PROPERTY) == null) {
            assumeTrue(
                    Files.isRegularFile(SHARED_RULE_CODES),
                    "optional: the shared design documents are not at " + SHARED_RULE_CODES + " (CI has them; -D"
                            + SHARED_DIR_PROPERTY + "=<dir> makes this test required)");
        }
        assertThat(contractCodes()).containsAll(MessagesTest.codesDocumentedIn(SHARED_RULE_CODES));
    }
}
