// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Field-level defects generated systematically from a valid document: at every value of the document
 * (nested objects and array elements included) — remove it, null it, give it another JSON type; a string
 * blank, junk, a date that is no calendar day or in another format, a NIK as a number; an integer -1, 0 or
 * 6; every object an unknown field; every array an element of the wrong type.
 */
final class Defects {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Defects() {}

    /** One defective document and what was done to it. */
    record Defect(String description, JsonNode document) {
        @Override
        public String toString() {
            return description;
        }
    }

    /** Every defect of {@code valid}, each on a copy. */
    static List<Defect> of(JsonNode valid) {
        List<Defect> out = new ArrayList<>();
        visit(valid, "", valid, out);
        return out;
    }

    private static void visit(JsonNode root, String pointer, JsonNode node, List<Defect> out) {
        if (node.isObject()) {
            add(out, root, pointer, "add an unknown field", n -> ((ObjectNode) n).put("unknownField", 1));
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                String name = e.getKey();
                add(out, root, pointer, "remove " + child, n -> ((ObjectNode) n).remove(name));
                values(root, child, e.getValue(), out);
                visit(root, child, e.getValue(), out);
            }
        } else if (node.isArray()) {
            add(out, root, pointer, "append 7 to " + pointer, n -> ((ArrayNode) n).add(7));
            for (int i = 0; i < node.size(); i++) {
                String child = pointer + "/" + i;
                values(root, child, node.get(i), out);
                visit(root, child, node.get(i), out);
            }
        }
    }

    /** The replacements of the value at {@code pointer}. */
    private static void values(JsonNode root, String pointer, JsonNode value, List<Defect> out) {
        replace(out, root, pointer, "null", F.nullNode());
        if (value.isString()) {
            String s = value.asString();
            replace(out, root, pointer, "7", F.numberNode(7));
            replace(out, root, pointer, "\" \"", F.stringNode(" "));
            replace(out, root, pointer, "\"?!\"", F.stringNode("?!"));
            if (s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                replace(out, root, pointer, "\"2021-02-30\"", F.stringNode("2021-02-30"));
                replace(out, root, pointer, "\"17-08-1999\"", F.stringNode("17-08-1999"));
                replace(out, root, pointer, "\"1899-12-31\"", F.stringNode("1899-12-31"));
            }
            if (s.matches("[0-9]{16}")) {
                replace(out, root, pointer, "the NIK as a number", F.numberNode(Long.parseLong(s)));
            }
        } else if (value.isIntegralNumber()) {
            replace(out, root, pointer, "\"7\"", F.stringNode("7"));
            replace(out, root, pointer, "-1", F.numberNode(-1));
            replace(out, root, pointer, "0", F.numberNode(0));
            replace(out, root, pointer, "6", F.numberNode(6));
            replace(out, root, pointer, "2.5", F.numberNode(2.5));
        } else if (value.isBoolean()) {
            replace(out, root, pointer, "\"true\"", F.stringNode("true"));
        } else if (value.isObject()) {
            replace(out, root, pointer, "[]", F.arrayNode());
        } else if (value.isArray()) {
            replace(out, root, pointer, "{}", F.objectNode());
        }
    }

    private static void replace(List<Defect> out, JsonNode root, String pointer, String what, JsonNode with) {
        int slash = pointer.lastIndexOf('/');
        String parent = pointer.substring(0, slash);
        String token = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        add(out, root, parent, "set " + pointer + " to " + what, n -> {
            if (n.isArray()) {
                ((ArrayNode) n).set(Integer.parseInt(token), with);
            } else {
                ((ObjectNode) n).set(token, with);
            }
        });
    }

    private static void add(List<Defect> out, JsonNode root, String pointer, String what, Consumer<JsonNode> change) {
        JsonNode copy = root.deepCopy();
        change.accept(pointer.isEmpty() ? copy : copy.at(pointer));
        out.add(new Defect(what, copy));
    }
}
