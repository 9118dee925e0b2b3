package no.baerekraftsjekk.domain.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import no.baerekraftsjekk.domain.Fixtures;

/**
 * A valid .bkj file of the full fixture as a JSON tree, for tests that break one thing in it.
 * Goals 5, 10 and 15 are NOT_RELEVANT; {@code conflicts[0]} is [9], {@code conflicts[1]} is [11, 15].
 */
final class ValidFile {
    static final ObjectMapper JSON = new ObjectMapper();

    private ValidFile() {
    }

    static byte[] bytes() {
        // Version 1, so every rule of version 1 keeps its test; ValidFile2 does the same for version 2.
        return new BkjWriter().write(Fixtures.fullAssessment(), 1);
    }

    static ObjectNode tree() {
        try {
            return (ObjectNode) JSON.readTree(bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] with(Consumer<ObjectNode> change) {
        ObjectNode root = tree();
        change.accept(root);
        return serialise(root);
    }

    static byte[] serialise(Object node) {
        try {
            return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode caseOf(ObjectNode root) {
        return (ObjectNode) root.get("case");
    }

    static ObjectNode goal(ObjectNode root, int index) {
        return (ObjectNode) root.get("goals").get(index);
    }

    static ArrayNode conflictGoals(ObjectNode root, int index) {
        return (ArrayNode) root.get("conflicts").get(index).get("goals");
    }
}
