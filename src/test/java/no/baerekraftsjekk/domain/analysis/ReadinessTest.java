package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.analyzer;
import static no.baerekraftsjekk.domain.analysis.Assessments.complete;
import static no.baerekraftsjekk.domain.analysis.Assessments.handling;
import static no.baerekraftsjekk.domain.analysis.Assessments.notRelevant;
import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadinessTest {

    private static Analysis analyse(Assessment assessment) {
        return analyzer().analyse(assessment);
    }

    @Test
    void aSoundAssessmentIsReady() {
        Analysis analysis = analyse(complete(notRelevant(14), rated(11, 2, 0), rated(15, 0, 2))
                .withHandling(handling("Skolen veier tyngre enn grøntområdet.", 11, 15)));

        assertThat(analysis.readyToComplete()).isTrue();
        assertThat(analysis.blocking()).isEmpty();
    }

    @Test
    void aGoalNotAssessedBlocks() {
        Analysis analysis = analyse(complete().withoutGoal(14));

        assertThat(analysis.blocking()).singleElement().isEqualTo(
                new BlockingReason(BlockingReason.Kind.GOAL_NOT_ASSESSED, List.of(14), Message.of("analysis.blocking.notAssessed", "14")));
    }

    @Test
    void anEmptyAssessmentBlocksOnAll17GoalsInOrder() {
        assertThat(analyse(Assessment.newDraft("Tom")).blocking())
                .extracting(b -> b.goals().getFirst()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
    }

    @Test
    void aRelevantGoalWithoutJustificationBlocks() {
        Analysis analysis = analyse(complete(rated(15, 1, 0).withJustification("  ")));

        assertThat(analysis.blocking()).singleElement().isEqualTo(
                new BlockingReason(BlockingReason.Kind.MISSING_JUSTIFICATION, List.of(15), Message.of("analysis.blocking.missingJustification", "15")));
    }

    @Test
    void aGoalJudgedNotRelevantNeedsNoJustification() {
        assertThat(analyse(complete(notRelevant(15))).readyToComplete()).isTrue();
        assertThat(analyse(complete(GoalAssessment.screened(15, Relevance.INDIRECT))).blocking())
                .extracting(BlockingReason::kind).containsExactly(BlockingReason.Kind.MISSING_JUSTIFICATION);
    }

    @Test
    void aModerateGoalConflictNeedsHandling() {
        Analysis analysis = analyse(complete(rated(11, 2, 0), rated(15, 0, 2)));

        assertThat(analysis.blocking()).singleElement().isEqualTo(new BlockingReason(
                BlockingReason.Kind.UNHANDLED_CONFLICT, List.of(11, 15), Message.of("analysis.blocking.unhandledGoalConflict", "11", "15")));
    }

    @Test
    void aSmallGoalConflictIsShownButDoesNotBlock() {
        Analysis analysis = analyse(complete(rated(11, 3, 0), rated(15, 0, 1)));

        assertThat(analysis.conflictsOf(ConflictKind.GOALS)).singleElement()
                .satisfies(c -> assertThat(c.severity()).isEqualTo(1))
                .satisfies(c -> assertThat(c.handled()).isFalse());
        assertThat(analysis.readyToComplete()).isTrue();
    }

    @Test
    void aSmallGoalConflictMayStillBeHandled() {
        Analysis analysis = analyse(complete(rated(11, 1, 0), rated(15, 0, 1)).withHandling(handling("Liten ulempe.", 11, 15)));

        assertThat(analysis.conflictsOf(ConflictKind.GOALS)).singleElement().satisfies(c -> assertThat(c.handled()).isTrue());
        assertThat(analysis.readyToComplete()).isTrue();
    }

    @Test
    void aBlankHandlingDoesNotCount() {
        Analysis analysis = analyse(complete(rated(11, 2, 0), rated(15, 0, 2)).withHandling(handling(" ", 11, 15)));

        assertThat(analysis.blocking()).extracting(BlockingReason::kind).containsExactly(BlockingReason.Kind.UNHANDLED_CONFLICT);
    }

    @Test
    void aConflictWithinAGoalNeedsHandlingFromSeverityTwo() {
        assertThat(analyse(complete(rated(7, 1, 1))).readyToComplete()).isTrue();
        assertThat(analyse(complete(rated(7, 3, 1))).readyToComplete()).isTrue();

        Analysis moderate = analyse(complete(rated(7, 2, 2)));
        assertThat(moderate.blocking()).singleElement().isEqualTo(new BlockingReason(
                BlockingReason.Kind.UNHANDLED_CONFLICT, List.of(7), Message.of("analysis.blocking.unhandledWithinGoal", "7")));

        assertThat(analyse(complete(rated(7, 2, 2)).withHandling(handling("Avveid.", 7))).readyToComplete()).isTrue();
    }

    @Test
    void aDimensionConflictNeedsNoHandlingOfItsOwn() {
        Analysis analysis = analyse(complete(rated(11, 3, 0), rated(15, 0, 3)).withHandling(handling("Avveid.", 11, 15)));

        assertThat(analysis.conflictsOf(ConflictKind.DIMENSIONS)).hasSize(1);
        assertThat(analysis.readyToComplete()).isTrue();
    }

    @Test
    void reasonsComeInTheOrderTheyAreFixed() {
        // 11 against 15 is severity 1 (shown, not blocking); 7 against 11 is severity 2.
        Assessment assessment = complete(rated(7, 2, 2), rated(11, 1, 2), rated(15, 0, 3).withJustification(""))
                .withoutGoal(16).withoutGoal(2);

        assertThat(analyse(assessment).blocking()).extracting(b -> Texts.of(Language.NB).format(b.message())).containsExactly(
                "Mål 2 er ikke vurdert",
                "Mål 16 er ikke vurdert",
                "Mål 15 mangler begrunnelse",
                "Målkonflikten mellom mål 7 og 15 er ikke avveid",
                "Konflikten innenfor mål 7 er ikke avveid",
                "Målkonflikten mellom mål 7 og 11 er ikke avveid");
    }

    @ParameterizedTest(name = "{0} of severity {1}: needs handling {2}")
    @CsvSource({
            "GOALS, 1, false", "GOALS, 2, true", "GOALS, 3, true",
            "WITHIN_GOAL, 1, false", "WITHIN_GOAL, 2, true", "WITHIN_GOAL, 3, true",
            "DIMENSIONS, 2, false", "DIMENSIONS, 3, false",
    })
    void whichConflictsNeedHandling(ConflictKind kind, int severity, boolean needed) {
        Conflict conflict = switch (kind) {
            case GOALS -> new Conflict(kind, List.of(11, 15), List.of(), severity, true, false);
            case WITHIN_GOAL -> new Conflict(kind, List.of(7), List.of(), severity, false, false);
            case DIMENSIONS -> new Conflict(kind, List.of(), List.of(Dimension.ENVIRONMENT, Dimension.SOCIAL), severity, true, false);
        };

        assertThat(conflict.needsHandling()).isEqualTo(needed);
    }

    @Test
    void theAnalysisListsTheConflictsThatNeedHandlingHandledOrNot() {
        Analysis analysis = analyse(complete(rated(7, 1, 1), rated(11, 2, 2), rated(15, 0, 2))
                .withHandling(handling("Avveid.", 11, 15)));

        // 7 against 11 and 7 against 15 (severity 1) and within 7 (severity 1) are shown but not required.
        assertThat(analysis.conflictsNeedingHandling()).extracting(Conflict::kind, Conflict::goals).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ConflictKind.GOALS, List.of(11, 15)),
                org.assertj.core.groups.Tuple.tuple(ConflictKind.WITHIN_GOAL, List.of(11)));
        assertThat(analysis.conflicts()).hasSizeGreaterThan(analysis.conflictsNeedingHandling().size());
    }
}
