package no.baerekraftsjekk.ui.assessment;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.storage.InMemoryLibrary;
import no.baerekraftsjekk.ui.FakeSettings;
import no.baerekraftsjekk.ui.Words;

/** Editors and assessments for view-model tests, without a window and with time moved by hand. */
final class EditorFixtures {
    final ManualScheduling time = new ManualScheduling();
    final InMemoryLibrary library = new InMemoryLibrary();
    final FakeSettings settings = new FakeSettings();

    AssessmentEditorViewModel editor(Assessment initial) {
        return editor(initial, AssessmentAnalyzer.standard());
    }

    /** An editor whose rules use {@code analyzer}, e.g. an organisation's own dimension mapping. */
    AssessmentEditorViewModel editor(Assessment initial, AssessmentAnalyzer analyzer) {
        long id = library.create(initial).id();
        Autosaver saver = new Autosaver((base, a) -> library.save(id, base, a).version(), 1, time, time.clock, e -> { },
                (stale, mine) -> { }, Words.TEXTS);
        return new AssessmentEditorViewModel(id, initial, analyzer, saver, settings);
    }

    /** All 17 goals screened: 7 gains a lot, 15 loses (a goal conflict of severity 2), the rest not relevant. */
    static Assessment screenedWithConflict() {
        Assessment a = Assessment.newDraft("Solkraftverk på Øvre Eik");
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            a = a.withGoal(GoalAssessment.screened(goal, Relevance.NOT_RELEVANT));
        }
        a = a.withGoal(GoalAssessment.screened(7, Relevance.DIRECT).withRatings(3, 0).withJustification("Mer fornybar energi."));
        return a.withGoal(GoalAssessment.screened(15, Relevance.DIRECT).withRatings(0, 2).withJustification("Nedbygging av skog."));
    }

    static Assessment soundAndHandled() {
        return screenedWithConflict().withHandling(ConflictHandling.of(List.of(7, 15), "Energi veier tyngst.", "Erstatningsareal."));
    }
}
