package no.baerekraftsjekk.ui.assessment.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.analysis.BlockingReason;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.analysis.OpenHints;
import no.baerekraftsjekk.domain.guidance.GoalGuidance;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;
import no.baerekraftsjekk.ui.assessment.Step;
import no.baerekraftsjekk.ui.common.GlossaryOpener;

/**
 * Step 3, Vurdering: one relevant goal at a time. The properties show the selected goal; a change
 * to any of them is written into that goal of the assessment at once.
 */
public final class RatingViewModel {
    /** No goal selected (there is no relevant goal yet). */
    public static final int NONE = 0;

    private final AssessmentEditorViewModel editor;
    private final AssessmentGuidance guidance;
    private final GlossaryOpener glossary;
    private final ObservableList<Integer> relevantGoals = FXCollections.observableArrayList();
    private final IntegerProperty selectedGoal = new SimpleIntegerProperty(NONE);
    private final ObjectProperty<Integer> positive = new SimpleObjectProperty<>(0);
    private final ObjectProperty<Integer> negative = new SimpleObjectProperty<>(0);
    private final ObjectProperty<Certainty> certainty = new SimpleObjectProperty<>();
    private final ObjectProperty<Horizon> horizon = new SimpleObjectProperty<>();
    private final StringProperty justification = new SimpleStringProperty("");
    private final StringProperty measures = new SimpleStringProperty("");
    private final StringProperty targetFilter = new SimpleStringProperty("");
    private final ObservableList<TargetOption> targets = FXCollections.observableArrayList();
    private final FilteredList<TargetOption> visibleTargets = new FilteredList<>(targets);
    private final ObservableList<Hint> hints = FXCollections.observableArrayList();
    private final ObjectProperty<GoalGuidance> goalGuidance = new SimpleObjectProperty<>();
    /** The council's plan, from its profile; empty without one. */
    private final List<no.baerekraftsjekk.domain.profile.LocalGoal> plan;
    private final ObservableList<LinkedLocalGoal> localGoals = FXCollections.observableArrayList();
    private boolean pulling;

    /**
     * A local goal linked to the selected UN goal, and whether the assessment touches it now (see
     * {@link no.baerekraftsjekk.domain.profile.LocalGoalReach}).
     */
    public record LinkedLocalGoal(no.baerekraftsjekk.domain.profile.LocalGoal goal, boolean touched) {
    }

    public RatingViewModel(AssessmentEditorViewModel editor, AssessmentGuidance guidance, GlossaryOpener glossary) {
        this(editor, guidance, glossary, List.of());
    }

    /** @param plan the council's local goals, shown under the UN goals they are linked to */
    public RatingViewModel(AssessmentEditorViewModel editor, AssessmentGuidance guidance, GlossaryOpener glossary,
            List<no.baerekraftsjekk.domain.profile.LocalGoal> plan) {
        this.editor = editor;
        this.guidance = guidance;
        this.glossary = glossary;
        this.plan = List.copyOf(plan);
        refreshGoals(editor.assessment());
        editor.assessmentProperty().addListener((obs, old, now) -> {
            refreshGoals(now);
            pull();
            refreshLocalGoals();
        });
        selectedGoal.addListener((obs, old, now) -> {
            loadTargets();
            pull();
            refreshLocalGoals();
        });
        refreshLocalGoals();
        loadTargets();
        pull();
        positive.addListener((obs, o, v) -> push(g -> g.withRatings(orZero(v), g.negative())));
        negative.addListener((obs, o, v) -> push(g -> g.withRatings(g.positive(), orZero(v))));
        certainty.addListener((obs, o, v) -> push(g -> g.withCertainty(v)));
        horizon.addListener((obs, o, v) -> push(g -> g.withHorizon(v)));
        justification.addListener((obs, o, v) -> push(g -> g.withJustification(v)));
        measures.addListener((obs, o, v) -> push(g -> g.withMeasures(v)));
        targetFilter.addListener((obs, o, v) -> visibleTargets.setPredicate(t -> t.matches(v)));
    }

    private void refreshLocalGoals() {
        int goal = selectedGoal.get();
        if (plan.isEmpty() || goal == NONE) {
            if (!localGoals.isEmpty()) {
                localGoals.clear();
            }
            return;
        }
        var touched = no.baerekraftsjekk.domain.profile.LocalGoalReach.of(plan, editor.assessment()).stream()
                .map(no.baerekraftsjekk.domain.profile.TouchedLocalGoal::goal).toList();
        List<LinkedLocalGoal> linked = plan.stream().filter(g -> g.shownUnder(goal))
                .map(g -> new LinkedLocalGoal(g, touched.contains(g))).toList();
        if (!linked.equals(localGoals)) {
            localGoals.setAll(linked);
        }
    }

    /** The council's local goals linked to the selected goal; empty without a profile. */
    public ObservableList<LinkedLocalGoal> localGoals() {
        return localGoals;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private void refreshGoals(Assessment assessment) {
        List<Integer> relevant = assessment.goals().values().stream()
                .filter(GoalAssessment::isRelevant).map(GoalAssessment::goal).toList();
        if (!relevant.equals(relevantGoals)) {
            relevantGoals.setAll(relevant);
        }
        if (!relevant.contains(selectedGoal.get())) {
            selectedGoal.set(relevant.isEmpty() ? NONE : relevant.getFirst());
        }
    }

    private void loadTargets() {
        pulling = true;
        try {
            targetFilter.set("");
            List<TargetOption> options = new ArrayList<>();
            if (selectedGoal.get() != NONE) {
                for (String id : guidance.goals().goal(selectedGoal.get()).targets()) {
                    TargetOption option = new TargetOption(id, guidance.targetLabels().labelOf(id));
                    option.chosenProperty().addListener((obs, o, v) -> pushTargets());
                    options.add(option);
                }
                goalGuidance.set(guidance.goalGuidance().forGoal(selectedGoal.get()));
            } else {
                goalGuidance.set(null);
            }
            targets.setAll(options);
        } finally {
            pulling = false;
        }
    }

    /** Shows the selected goal's values; only changed properties are set, so carets stay put. */
    private void pull() {
        pulling = true;
        try {
            GoalAssessment goal = current();
            positive.set(goal == null ? 0 : goal.positive());
            negative.set(goal == null ? 0 : goal.negative());
            certainty.set(goal == null ? null : goal.certainty());
            horizon.set(goal == null ? null : goal.horizon());
            setIfDifferent(justification, goal == null ? "" : goal.justification());
            setIfDifferent(measures, goal == null ? "" : goal.measures());
            List<String> chosen = goal == null ? List.of() : goal.targets();
            for (TargetOption option : targets) {
                option.chosenProperty().set(chosen.contains(option.id()));
            }
            int number = selectedGoal.get();
            // Only open hints: one marked «Vurdert – ikke aktuelt» on the conflict step stays dismissed here too.
            List<Hint> concerning = OpenHints.of(editor.analysis(), editor.assessment()).stream()
                    .filter(h -> h.goals().contains(number)).toList();
            if (!concerning.equals(hints)) {
                hints.setAll(concerning);
            }
        } finally {
            pulling = false;
        }
    }

    private static void setIfDifferent(StringProperty property, String value) {
        if (!Objects.equals(property.get(), value)) {
            property.set(value);
        }
    }

    private GoalAssessment current() {
        int number = selectedGoal.get();
        return number == NONE ? null : editor.assessment().goal(number).orElse(null);
    }

    private void push(java.util.function.UnaryOperator<GoalAssessment> change) {
        if (pulling || current() == null) {
            return;
        }
        int number = selectedGoal.get();
        editor.edit(a -> a.goal(number).map(g -> a.withGoal(change.apply(g))).orElse(a));
    }

    private void pushTargets() {
        // Kept in the reference order, whatever order they were ticked in.
        List<String> chosen = targets.stream().filter(t -> t.chosenProperty().get()).map(TargetOption::id).toList();
        push(g -> g.withTargets(chosen));
    }

    /** Moves to the next relevant goal; false when this was the last one. */
    public boolean nextGoal() {
        int index = relevantGoals.indexOf(selectedGoal.get());
        if (index < 0 || index + 1 >= relevantGoals.size()) {
            return false;
        }
        selectedGoal.set(relevantGoals.get(index + 1));
        return true;
    }

    /** Whether a relevant goal still lacks what completion needs (its justification). */
    public boolean needsWork(int goal) {
        // For a case the reasons are the case's: only those of the alternative shown count here.
        return editor.analysis().blocking().stream()
                .anyMatch(r -> r.kind() == BlockingReason.Kind.MISSING_JUSTIFICATION && r.goals().contains(goal)
                        && (r.alternative().isEmpty() || r.alternative().equals(shownLabel())));
    }

    private String shownLabel() {
        int shown = editor.alternativeProperty().get();
        return shown < 0 ? "" : editor.wholeCase().alternatives().get(shown).label();
    }

    public String goalTitle(int goal) {
        return guidance.goalTitle(goal);
    }

    public void showInScreening(int goal) {
        editor.showGoal(Step.SCREENING, goal);
    }

    public void select(int goal) {
        if (relevantGoals.contains(goal)) {
            selectedGoal.set(goal);
        }
    }

    public AssessmentEditorViewModel editor() { return editor; }
    public AssessmentGuidance guidance() { return guidance; }
    public ObservableList<Integer> relevantGoals() { return relevantGoals; }
    public IntegerProperty selectedGoalProperty() { return selectedGoal; }
    public ObjectProperty<Integer> positiveProperty() { return positive; }
    public ObjectProperty<Integer> negativeProperty() { return negative; }
    public ObjectProperty<Certainty> certaintyProperty() { return certainty; }
    public ObjectProperty<Horizon> horizonProperty() { return horizon; }
    public StringProperty justificationProperty() { return justification; }
    public StringProperty measuresProperty() { return measures; }
    public StringProperty targetFilterProperty() { return targetFilter; }
    public ObservableList<TargetOption> visibleTargets() { return visibleTargets; }
    public ObservableList<Hint> hints() { return hints; }
    public ObjectProperty<GoalGuidance> goalGuidanceProperty() { return goalGuidance; }

    /** The glossary terms the goal's guidance uses, so the caseworker can look them up where they read them. */
    public List<String> glossaryTermsIn(GoalGuidance shown) {
        if (shown == null) {
            return List.of();
        }
        String text = String.join("\n", shown.meaning(), String.join("\n", shown.questions()),
                String.join("\n", shown.positiveEffects()), String.join("\n", shown.negativeEffects()));
        return guidance.glossary().termsMentionedIn(text).stream().map(t -> t.term()).toList();
    }

    public void showInGlossary(String term) {
        glossary.show(term);
    }
}
