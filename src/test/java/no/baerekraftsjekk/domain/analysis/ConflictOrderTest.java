package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.analyzer;
import static no.baerekraftsjekk.domain.analysis.Assessments.of;
import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.baerekraftsjekk.domain.Dimension;
import org.junit.jupiter.api.Test;

class ConflictOrderTest {

    private static Conflict goals(int severity, boolean cross, Integer... goals) {
        return new Conflict(goals.length == 1 ? ConflictKind.WITHIN_GOAL : ConflictKind.GOALS, List.of(goals), List.of(),
                severity, cross, false);
    }

    private static Conflict dimensions(int severity, Dimension d, Dimension e) {
        return new Conflict(ConflictKind.DIMENSIONS, List.of(), List.of(d, e), severity, true, false);
    }

    @Test
    void strongestFirstThenCrossDimensionThenGoalLevelBeforeDimensionsThenByNumbers() {
        List<Conflict> expected = List.of(
                goals(3, true, 8, 13),
                dimensions(3, Dimension.ENVIRONMENT, Dimension.ECONOMIC),
                goals(3, false, 13, 15),
                goals(2, true, 4, 15),
                goals(2, true, 11, 15),
                dimensions(2, Dimension.ENVIRONMENT, Dimension.SOCIAL),
                dimensions(2, Dimension.SOCIAL, Dimension.ECONOMIC),
                goals(2, false, 7),
                goals(2, false, 7, 11),
                goals(2, false, 8, 17),
                goals(1, true, 3, 9),
                goals(1, false, 1));

        for (int seed = 0; seed < 50; seed++) {
            List<Conflict> shuffled = new java.util.ArrayList<>(expected);
            java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
            shuffled.sort(ConflictOrder.INSTANCE);
            assertThat(shuffled).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theAnalysisListsConflictsInThisOrder() {
        Analysis analysis = analyzer().analyse(of(rated(11, 3, 1), rated(15, 0, 3), rated(16, 0, 1)));

        assertThat(analysis.conflicts()).extracting(c -> c.kind() + " " + c.goals() + c.dimensions() + " " + c.severity())
                .containsExactly(
                        "GOALS [11, 15][] 3",
                        "DIMENSIONS [][ENVIRONMENT, SOCIAL] 3",
                        "WITHIN_GOAL [11][] 1",
                        "GOALS [11, 16][] 1");
    }

    /** The fast sort against the comparison, on every kind of conflict the rules make and some they do not. */
    @Test
    void theFastSortOrdersAsTheComparisonDoesAndKeepsEqualOnesInPlace() {
        java.util.Random random = new java.util.Random(7);
        Dimension[] all = Dimension.values();
        for (int round = 0; round < 2_000; round++) {
            List<Conflict> conflicts = new java.util.ArrayList<>();
            int n = random.nextInt(round % 100 == 0 ? 300 : 40);
            for (int i = 0; i < n; i++) {
                int severity = round % 50 == 1 && i == 0 ? 16 : random.nextInt(4);
                int a = 1 + random.nextInt(17);
                int b = round % 70 == 2 && i == 0 ? 18 : 1 + random.nextInt(17);
                boolean handled = random.nextBoolean();
                conflicts.add(switch (random.nextInt(3)) {
                    case 0 -> new Conflict(ConflictKind.GOALS, List.of(Math.min(a, b), Math.max(a, b)), List.of(), severity,
                            random.nextBoolean(), handled);
                    case 1 -> new Conflict(ConflictKind.WITHIN_GOAL, List.of(a), List.of(), severity, false, handled);
                    default -> new Conflict(ConflictKind.DIMENSIONS, List.of(), random.nextBoolean()
                            ? List.of(all[random.nextInt(3)], all[random.nextInt(3)]) : List.of(all[random.nextInt(3)]),
                            severity, random.nextBoolean(), handled);
                });
            }
            List<Conflict> expected = new java.util.ArrayList<>(conflicts);
            expected.sort(ConflictOrder.INSTANCE);
            List<Conflict> fast = new java.util.ArrayList<>(conflicts);
            ConflictOrder.sort(fast);
            // Same elements by identity: equal conflicts keep the order they came in.
            assertThat(fast).hasSameSizeAs(expected);
            for (int i = 0; i < fast.size(); i++) {
                assertThat(fast.get(i)).isSameAs(expected.get(i));
            }
        }
    }
}
