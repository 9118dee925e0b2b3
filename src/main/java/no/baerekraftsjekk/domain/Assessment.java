package no.baerekraftsjekk.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One assessment of one case, exactly what a {@code .bkj} file holds. Immutable: every change makes a
 * new value, which keeps autosave, undo and background export free of shared mutable state.
 *
 * @param goals the assessed goals by number; a goal with no entry is not assessed
 * @param dimensionTexts the caseworker's own text per dimension; absent means empty
 */
public record Assessment(
        CaseInfo caseInfo,
        Map<Integer, GoalAssessment> goals,
        Map<Dimension, String> dimensionTexts,
        List<ConflictHandling> conflicts,
        String collaboration,
        String conclusion,
        Status status) {

    public Assessment {
        Objects.requireNonNull(caseInfo, "caseInfo");
        goals = Collections.unmodifiableMap(new TreeMap<>(goals));
        EnumMap<Dimension, String> texts = new EnumMap<>(Dimension.class);
        dimensionTexts.forEach((d, t) -> texts.put(d, Objects.requireNonNullElse(t, "")));
        dimensionTexts = Collections.unmodifiableMap(texts);
        // Sorted by goals: the order of handlings carries no meaning, so equal content is an equal value.
        conflicts = conflicts.stream().sorted((a, b) -> compareGoalLists(a.goals(), b.goals())).toList();
        collaboration = Objects.requireNonNullElse(collaboration, "");
        conclusion = Objects.requireNonNullElse(conclusion, "");
        status = Objects.requireNonNullElse(status, Status.DRAFT);
    }

    public static Assessment newDraft(String title) {
        return new Assessment(CaseInfo.titled(title), Map.of(), Map.of(), List.of(), "", "", Status.DRAFT);
    }

    public Optional<GoalAssessment> goal(int number) {
        return Optional.ofNullable(goals.get(number));
    }

    public boolean isAssessed(int goal) {
        return goals.containsKey(goal);
    }

    public String dimensionText(Dimension dimension) {
        return dimensionTexts.getOrDefault(dimension, "");
    }

    public Optional<ConflictHandling> handlingFor(List<Integer> goalsOfConflict) {
        List<Integer> key = goalsOfConflict.stream().sorted().toList();
        return conflicts.stream().filter(c -> c.goals().equals(key)).findFirst();
    }

    public Assessment withCaseInfo(CaseInfo value) {
        return new Assessment(value, goals, dimensionTexts, conflicts, collaboration, conclusion, status);
    }

    public Assessment withGoal(GoalAssessment value) {
        Map<Integer, GoalAssessment> copy = new TreeMap<>(goals);
        copy.put(value.goal(), value);
        return new Assessment(caseInfo, copy, dimensionTexts, conflicts, collaboration, conclusion, status);
    }

    public Assessment withoutGoal(int number) {
        Map<Integer, GoalAssessment> copy = new TreeMap<>(goals);
        copy.remove(number);
        return new Assessment(caseInfo, copy, dimensionTexts, conflicts, collaboration, conclusion, status);
    }

    public Assessment withDimensionText(Dimension dimension, String text) {
        Map<Dimension, String> copy = new EnumMap<>(Dimension.class);
        copy.putAll(dimensionTexts);
        copy.put(dimension, text);
        return new Assessment(caseInfo, goals, copy, conflicts, collaboration, conclusion, status);
    }

    /** Sets the handling of one conflict, replacing an earlier one for the same goals. */
    public Assessment withHandling(ConflictHandling value) {
        List<ConflictHandling> copy = new ArrayList<>(conflicts);
        copy.removeIf(c -> c.goals().equals(value.goals()));
        copy.add(value);
        return new Assessment(caseInfo, goals, dimensionTexts, copy, collaboration, conclusion, status);
    }

    public Assessment withCollaboration(String value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, value, conclusion, status);
    }

    public Assessment withConclusion(String value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, value, status);
    }

    /** Sets the status without checking readiness; callers ask the analysis whether COMPLETE is allowed. */
    public Assessment withStatus(Status value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, value);
    }

    private static int compareGoalLists(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
