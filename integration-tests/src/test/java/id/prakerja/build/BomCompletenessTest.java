// SPDX-License-Identifier: Apache-2.0
package id.prakerja.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The BOM ({@code prakerja-bom/pom.xml}) lists every published module of the reactor at the reactor's
 * version, and nothing else. A module is published unless its pom, or an aggregator pom above it, sets
 * {@code maven.deploy.skip} to {@code true}; pom-packaged modules (the parent, aggregators, the BOM itself)
 * are not listed. Adding a published module without adding it to the BOM fails here.
 */
class BomCompletenessTest {
    /** The reactor root, relative to this module's directory (Maven's working directory for tests). */
    private static final Path ROOT = Path.of("..");

    private static final String GROUP = "id.prakerja";

    @Test
    void theBomListsEveryPublishedModuleAndNothingElse() throws IOException {
        List<String> published = publishedModules(ROOT);
        Map<String, String> bom = bomEntries(ROOT.resolve("prakerja-bom/pom.xml"));

        // the walk sees the reactor as it is: not vacuous, and the unpublished modules stay out
        assertThat(published)
                .contains(GROUP + ":prakerja-core", GROUP + ":prakerja-json")
                .doesNotContain(GROUP + ":prakerja-integration-tests", GROUP + ":feed-validator");
        assertThat(new TreeSet<>(bom.keySet()))
                .as("prakerja-bom/pom.xml dependencyManagement against the published modules of the reactor")
                .containsExactlyElementsOf(new TreeSet<>(published));
        assertThat(bom.values()).as("every BOM entry has the BOM's version").containsOnly("${project.version}");
    }

    @Test
    void theBomIsBuiltByTheReactorAtItsVersionWithoutInheritingItsDependencyManagement() throws IOException {
        Element root = read(ROOT.resolve("pom.xml"));
        Element bom = read(ROOT.resolve("prakerja-bom/pom.xml"));

        assertThat(children(child(root, "modules").orElseThrow(), "module")).contains("prakerja-bom");
        assertThat(text(bom, "version")).isEqualTo(text(root, "version"));
        assertThat(text(bom, "groupId")).isEqualTo(text(root, "groupId"));
        assertThat(text(bom, "packaging")).isEqualTo("pom");
        // importing a BOM imports inherited dependencyManagement too: with prakerja-parent as its parent the
        // BOM would pin Jackson, JUnit and AssertJ in every project that imports it
        assertThat(child(bom, "parent")).isEmpty();
    }

    @Test
    void aPublishedModuleMissingFromTheBomIsFound(@TempDir Path dir) throws IOException {
        pom(dir, "parent", "pom", "", "<modules><module>a</module><module>b</module><module>ex</module></modules>");
        pom(dir.resolve("a"), "a", "jar", "", "");
        pom(dir.resolve("b"), "b", "jar", "<maven.deploy.skip>true</maven.deploy.skip>", "");
        pom(
                dir.resolve("ex"),
                "ex",
                "pom",
                "<maven.deploy.skip>true</maven.deploy.skip>",
                "<modules><module>c</module></modules>");
        pom(dir.resolve("ex/c"), "c", "jar", "", "");
        pom(dir.resolve("d"), "d", "jar", "", ""); // not a module of the reactor
        Files.writeString(
                dir.resolve("bom.xml"),
                "<project><dependencyManagement><dependencies>"
                        + "<dependency><groupId>g</groupId><artifactId>d</artifactId><version>1</version></dependency>"
                        + "</dependencies></dependencyManagement></project>");

        assertThat(publishedModules(dir)).containsExactly("g:a");
        assertThat(bomEntries(dir.resolve("bom.xml"))).containsOnlyKeys("g:d");
    }

    /** {@code groupId:artifactId} of every jar module reachable from {@code root}'s modules, deploy not skipped. */
    static List<String> publishedModules(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        walk(root.resolve("pom.xml"), false, out);
        return out;
    }

    private static void walk(Path pomFile, boolean skippedAbove, List<String> out) throws IOException {
        Element pom = read(pomFile);
        boolean skipped = skippedAbove
                || child(pom, "properties")
                        .flatMap(p -> child(p, "maven.deploy.skip"))
                        .map(e -> e.getTextContent().trim().equals("true"))
                        .orElse(false);
        String packaging =
                child(pom, "packaging").map(e -> e.getTextContent().trim()).orElse("jar");
        if (!skipped && !packaging.equals("pom")) {
            String group = child(pom, "groupId")
                    .or(() -> child(pom, "parent").flatMap(p -> child(p, "groupId")))
                    .map(e -> e.getTextContent().trim())
                    .orElseThrow(() -> new AssertionError("no groupId in " + pomFile));
            out.add(group + ":" + text(pom, "artifactId"));
        }
        Optional<Element> modules = child(pom, "modules");
        if (modules.isPresent()) {
            for (String module : children(modules.get(), "module")) {
                walk(pomFile.getParent().resolve(module).resolve("pom.xml"), skipped, out);
            }
        }
    }

    /** {@code groupId:artifactId} to version of a BOM's managed dependencies. */
    static Map<String, String> bomEntries(Path bomFile) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Element deps = child(read(bomFile), "dependencyManagement")
                .flatMap(m -> child(m, "dependencies"))
                .orElseThrow(() -> new AssertionError("no dependencyManagement in " + bomFile));
        for (Node n = deps.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element d && d.getTagName().equals("dependency")) {
                out.put(text(d, "groupId") + ":" + text(d, "artifactId"), text(d, "version"));
            }
        }
        return out;
    }

    private static void pom(Path dir, String artifactId, String packaging, String properties, String rest)
            throws IOException {
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("pom.xml"),
                "<project><groupId>g</groupId><artifactId>" + artifactId
                        + "</artifactId><packaging>" + packaging + "</packaging><properties>" + properties
                        + "</properties>" + rest + "</project>");
    }

    private static Element read(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static List<String> children(Element parent, String name) {
        List<String> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e.getTextContent().trim());
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        return child(parent, name)
                .map(e -> e.getTextContent().trim())
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }
}
