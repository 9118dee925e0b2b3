package no.baerekraftsjekk.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One alternative of a case (format version 2): a possible decision, assessed on its own through the
 * same goals, dimension texts and conflict handlings as a single assessment. The case (its facts,
 * collaboration, status and review) stays on the {@link Assessment} that holds the alternatives.
 *
 * @param label the alternative's name, unique within the case compared by {@link #labelKey(String)}
 * @param zero true for the zero alternative (nullalternativet: no action, things go on as today)
 */
public record Alternative(
        String label,
        boolean zero,
        String description,
        Map<Integer, GoalAssessment> goals,
        Map<Dimension, String> dimensionTexts,
        List<ConflictHandling> conflicts,
        String conclusion) {

    /** The longest label the format allows, in characters (code points) after trimming. */
    public static final int MAX_LABEL_LENGTH = 100;

    public Alternative {
        label = Objects.requireNonNullElse(label, "");
        description = Objects.requireNonNullElse(description, "");
        goals = Collections.unmodifiableMap(new TreeMap<>(goals));
        EnumMap<Dimension, String> texts = new EnumMap<>(Dimension.class);
        dimensionTexts.forEach((d, t) -> texts.put(d, Objects.requireNonNullElse(t, "")));
        dimensionTexts = Collections.unmodifiableMap(texts);
        conflicts = conflicts.stream().sorted(Alternative::compareHandlings).toList();
        conclusion = Objects.requireNonNullElse(conclusion, "");
    }

    /** An alternative with nothing assessed yet. */
    public static Alternative empty(String label) {
        return new Alternative(label, false, "", Map.of(), Map.of(), List.of(), "");
    }

    /** The content of a single assessment as an alternative, for turning an assessment into a case. */
    public static Alternative of(String label, Assessment assessment) {
        return new Alternative(label, false, "", assessment.goals(), assessment.dimensionTexts(), assessment.conflicts(),
                assessment.conclusion());
    }

    /**
     * How labels are compared for uniqueness: trimmed and case-insensitive, as the format says, so
     * "Alternativ 1" and " alternativ 1 " name the same alternative.
     */
    public static String labelKey(String label) {
        return label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean labelTooLong(String label) {
        String trimmed = label == null ? "" : label.strip();
        return trimmed.codePointCount(0, trimmed.length()) > MAX_LABEL_LENGTH;
    }

    public String labelKey() {
        return labelKey(label);
    }

    /**
     * The alternative as an assessment of its own, in the case it belongs to: the case's facts, this
     * alternative's goals, texts and handlings. Rules 1 to 5 apply to each alternative on its own, so
     * the analysis, the steps of the window and the report sections of one assessment serve it as they are.
     */
    public Assessment asAssessment(Assessment ofCase) {
        return new Assessment(ofCase.caseInfo(), goals, dimensionTexts, conflicts, ofCase.collaboration(), conclusion,
                Status.DRAFT, ofCase.id(), ofCase.language(), null, ofCase.dismissedHints(), ofCase.minorConflictsNote());
    }

    /** Takes back what was edited in {@link #asAssessment(Assessment)}: goals, texts, handlings, conclusion. */
    public Alternative withContentOf(Assessment edited) {
        return new Alternative(label, zero, description, edited.goals(), edited.dimensionTexts(), edited.conflicts(),
                edited.conclusion());
    }

    public String dimensionText(Dimension dimension) {
        return dimensionTexts.getOrDefault(dimension, "");
    }

    public Alternative withLabel(String value) {
        return new Alternative(value, zero, description, goals, dimensionTexts, conflicts, conclusion);
    }

    public Alternative withZero(boolean value) {
        return new Alternative(label, value, description, goals, dimensionTexts, conflicts, conclusion);
    }

    public Alternative withDescription(String value) {
        return new Alternative(label, zero, value, goals, dimensionTexts, conflicts, conclusion);
    }

    public Alternative withGoal(GoalAssessment value) {
        Map<Integer, GoalAssessment> copy = new TreeMap<>(goals);
        copy.put(value.goal(), value);
        return new Alternative(label, zero, description, copy, dimensionTexts, conflicts, conclusion);
    }

    public Alternative withDimensionText(Dimension dimension, String text) {
        Map<Dimension, String> copy = new EnumMap<>(Dimension.class);
        copy.putAll(dimensionTexts);
        copy.put(dimension, text);
        return new Alternative(label, zero, description, goals, copy, conflicts, conclusion);
    }

    public Alternative withHandling(ConflictHandling value) {
        List<ConflictHandling> copy = new ArrayList<>(conflicts);
        copy.removeIf(c -> c.goals().equals(value.goals()));
        copy.add(value);
        return new Alternative(label, zero, description, goals, dimensionTexts, copy, conclusion);
    }

    public Alternative withConclusion(String value) {
        return new Alternative(label, zero, description, goals, dimensionTexts, conflicts, value);
    }

    /** A copy under another label; never the zero alternative, since a case has at most one. */
    public Alternative copyAs(String newLabel) {
        return new Alternative(newLabel, false, description, goals, dimensionTexts, conflicts, conclusion);
    }

    private static int compareHandlings(ConflictHandling a, ConflictHandling b) {
        for (int i = 0; i < Math.min(a.goals().size(), b.goals().size()); i++) {
            int c = Integer.compare(a.goals().get(i), b.goals().get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.goals().size(), b.goals().size());
    }
}
