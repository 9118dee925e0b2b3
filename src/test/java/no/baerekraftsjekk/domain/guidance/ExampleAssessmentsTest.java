package no.baerekraftsjekk.domain.guidance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped examples show users what a sound assessment looks like, so each must be complete by
 * the rules of the format spec. This reads them with plain Jackson: the real reader lives elsewhere.
 */
class ExampleAssessmentsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<Path> examples() throws Exception {
        URL dir = ExampleAssessmentsTest.class.getClassLoader().getResource("examples");
        assertThat(dir).as("examples folder on the class path").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".bkj")).sorted().toList();
        }
    }

    private static JsonNode read(Path file) throws Exception {
        return MAPPER.readTree(Files.readString(file));
    }

    @Test
    void thereAreAtLeastFourExamplesOfDifferentCaseTypes() throws Exception {
        Set<String> types = new HashSet<>();
        for (Path file : examples()) {
            types.add(read(file).path("case").path("caseType").asText());
        }
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(types).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyExampleIsACompleteFileWithAll17GoalsOnce() throws Exception {
        for (Path file : examples()) {
            JsonNode root = read(file);
            String name = file.getFileName().toString();
            assertThat(root.path("format").asText()).as(name).isEqualTo("baerekraftsjekk");
            assertThat(root.path("version").isInt()).as(name).isTrue();
            // Version 1, or 2 where the example needs its language field (the nynorsk one).
            assertThat(root.path("version").asInt()).as(name).isIn(1, 2);
            assertThat(root.path("case").path("title").asText()).as(name).isNotBlank();
            assertThat(root.path("status").asText()).as(name).isEqualTo("COMPLETE");
            List<Integer> goals = new ArrayList<>();
            root.path("goals").forEach(g -> goals.add(g.path("goal").asInt()));
            assertThat(goals).as(name).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
            for (String dimension : List.of("ENVIRONMENT", "SOCIAL", "ECONOMIC")) {
                assertThat(root.path("dimensions").path(dimension).path("text").asText()).as(name + " " + dimension).isNotBlank();
            }
            assertThat(root.path("collaboration").asText()).as(name).isNotBlank();
            assertThat(root.path("conclusion").asText()).as(name).isNotBlank();
        }
    }

    @Test
    void everyRelevantGoalIsJustifiedAndUsesOnlyKnownTargetsOfThatGoal() throws Exception {
        Set<String> known = TargetLabels.loadDefault().all().keySet();
        for (Path file : examples()) {
            String name = file.getFileName().toString();
            for (JsonNode g : read(file).path("goals")) {
                int goal = g.path("goal").asInt();
                String relevance = g.path("relevance").asText();
                assertThat(relevance).as(name + " goal " + goal).isIn("DIRECT", "INDIRECT", "NOT_RELEVANT");
                if (relevance.equals("NOT_RELEVANT")) {
                    assertThat(g.path("positive").asInt(0) + g.path("negative").asInt(0)).as(name + " goal " + goal).isZero();
                    continue;
                }
                assertThat(g.path("positive").asInt(0)).isBetween(0, 3);
                assertThat(g.path("negative").asInt(0)).isBetween(0, 3);
                assertThat(g.path("justification").asText()).as(name + " justification of goal " + goal).isNotBlank();
                assertThat(g.path("certainty").asText()).as(name + " goal " + goal).isIn("LOW", "MEDIUM", "HIGH");
                assertThat(g.path("horizon").asText()).as(name + " goal " + goal).isIn("SHORT", "LONG", "BOTH");
                for (JsonNode t : g.path("targets")) {
                    assertThat(known).as(name).contains(t.asText());
                    assertThat(t.asText()).as(name + " target of goal " + goal).startsWith(goal + ".");
                }
            }
        }
    }

    @Test
    void everyDetectedConflictThatMustBeHandledHasHandlingAndMitigation() throws Exception {
        for (Path file : examples()) {
            JsonNode root = read(file);
            String name = file.getFileName().toString();
            Map<Integer, int[]> relevant = new HashMap<>();
            for (JsonNode g : root.path("goals")) {
                if (!g.path("relevance").asText().equals("NOT_RELEVANT")) {
                    relevant.put(g.path("goal").asInt(), new int[] {g.path("positive").asInt(0), g.path("negative").asInt(0)});
                }
            }
            Map<String, JsonNode> handled = new HashMap<>();
            root.path("conflicts").forEach(c -> handled.put(c.path("goals").toString(), c));

            List<String> required = new ArrayList<>();
            for (var a : relevant.entrySet()) {
                for (var b : relevant.entrySet()) {
                    if (a.getKey() < b.getKey()
                            && ((a.getValue()[0] >= 1 && b.getValue()[1] >= 1) || (b.getValue()[0] >= 1 && a.getValue()[1] >= 1))) {
                        required.add("[" + a.getKey() + "," + b.getKey() + "]");
                    }
                }
                int severity = Math.min(a.getValue()[0], a.getValue()[1]);
                if (severity >= 2) {
                    required.add("[" + a.getKey() + "]");
                }
            }
            assertThat(required).as(name + " has at least one goal conflict").anyMatch(k -> k.contains(","));
            for (String key : required) {
                JsonNode entry = handled.get(key);
                assertThat(entry).as(name + " handles conflict " + key).isNotNull();
                assertThat(entry.path("handling").asText()).as(name + " handling of " + key).isNotBlank();
                assertThat(entry.path("mitigation").asText()).as(name + " mitigation of " + key).isNotBlank();
            }
        }
    }
}
