package no.baerekraftsjekk.ui.assessment;

import java.util.Objects;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.guidance.Glossary;
import no.baerekraftsjekk.domain.guidance.GoalGuidanceCatalog;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.guidance.StepHelp;
import no.baerekraftsjekk.domain.guidance.TargetLabels;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * The words the editor shows, in the window's language: its texts and the reference data and
 * guidance (goal titles, targets, help, glossary), loaded once at start-up and handed down.
 */
public record AssessmentGuidance(ReferenceTexts reference, Texts texts) {

    public AssessmentGuidance {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(texts, "texts");
    }

    public GoalCatalog goals() {
        return reference.goals();
    }

    public StepHelp steps() {
        return reference.steps();
    }

    public GoalGuidanceCatalog goalGuidance() {
        return reference.goalGuidance();
    }

    public TargetLabels targetLabels() {
        return reference.targets();
    }

    public Glossary glossary() {
        return reference.glossary();
    }

    /** "Ren energi for alle". */
    public String goalTitle(int goal) {
        return reference.goalTitle(goal);
    }

    /** "Mål 7 Ren energi for alle". */
    public String goalName(Goal goal) {
        return goalName(goal.number());
    }

    /** "Mål 7 Ren energi for alle". */
    public String goalName(int goal) {
        return texts.get("assessment.goal", goal, reference.goalTitle(goal));
    }
}
