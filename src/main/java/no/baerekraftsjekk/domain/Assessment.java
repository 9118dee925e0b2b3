package no.baerekraftsjekk.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import no.baerekraftsjekk.domain.text.Language;

/**
 * One assessment of one case, exactly what a {@code .bkj} file holds. Immutable: every change makes a
 * new value, which keeps autosave, undo and background export free of shared mutable state.
 *
 * @param goals the assessed goals by number; a goal with no entry is not assessed
 * @param dimensionTexts the caseworker's own text per dimension; absent means empty
 * @param id the assessment's identity across libraries and files (format version 2); null only for
 *     an assessment that has none yet (one read from a file without an id), which the library gives one
 * @param language the language its texts are written in; bokmål when not given
 * @param review a leader's review, or null when none was asked for. Approved only when the status is
 *     COMPLETE: an approval given to anything else is held as a review asked for
 * @param dismissedHints hints the caseworker marked «Vurdert – ikke aktuelt»; kept in the library
 *     only, as the file format has no field for them
 * @param minorConflictsNote one optional note covering all conflicts of severity 1; kept in the
 *     library and shown in the reports, not in an exported file
 * @param alternatives the alternatives of the case (format version 2): none for a single assessment,
 *     else 2 to 5 with unique labels and at most one zero alternative. With alternatives the case's own
 *     goals, dimension texts and handlings are empty: each alternative holds its own
 * @param recommendation the recommended alternative and why; null for a single assessment. Names an
 *     alternative of the case or none ({@link Recommendation#isChosen()} false)
 */
public record Assessment(
        CaseInfo caseInfo,
        Map<Integer, GoalAssessment> goals,
        Map<Dimension, String> dimensionTexts,
        List<ConflictHandling> conflicts,
        String collaboration,
        String conclusion,
        Status status,
        UUID id,
        Language language,
        Review review,
        List<HintDismissal> dismissedHints,
        String minorConflictsNote,
        List<Alternative> alternatives,
        Recommendation recommendation) {

    /** The fewest and the most alternatives a case with alternatives has. */
    public static final int MIN_ALTERNATIVES = 2;
    public static final int MAX_ALTERNATIVES = 5;

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
        language = Objects.requireNonNullElse(language, Language.NB);
        if (review != null && review.isApproved() && status != Status.COMPLETE) {
            // An approval holds only for a complete assessment (a file with an approved draft is invalid):
            // a draft's approval is withdrawn, and the review asked for again, keeping what the reviewer wrote.
            review = review.withStatus(ReviewStatus.REQUESTED);
        }
        // Sorted, as the handlings are: their order carries no meaning.
        dismissedHints = dismissedHints == null ? List.of() : dismissedHints.stream()
                .sorted((a, b) -> a.goals().equals(b.goals()) ? Integer.compare(a.overlookedGoal(), b.overlookedGoal())
                        : compareGoalLists(a.goals(), b.goals()))
                .toList();
        minorConflictsNote = Objects.requireNonNullElse(minorConflictsNote, "");
        alternatives = List.copyOf(Objects.requireNonNullElse(alternatives, List.of()));
        checkAlternatives(alternatives, goals, dimensionTexts, conflicts);
        recommendation = recommendationOf(alternatives, recommendation);
    }

    /** Without alternatives: a single assessment, as every assessment was before format version 2 had them. */
    public Assessment(CaseInfo caseInfo, Map<Integer, GoalAssessment> goals, Map<Dimension, String> dimensionTexts,
            List<ConflictHandling> conflicts, String collaboration, String conclusion, Status status, UUID id,
            Language language, Review review, List<HintDismissal> dismissedHints, String minorConflictsNote) {
        this(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, status, id, language, review,
                dismissedHints, minorConflictsNote, List.of(), null);
    }

    /** Everything but what only the library keeps (dismissed hints and the note on the small conflicts). */
    public Assessment(CaseInfo caseInfo, Map<Integer, GoalAssessment> goals, Map<Dimension, String> dimensionTexts,
            List<ConflictHandling> conflicts, String collaboration, String conclusion, Status status, UUID id,
            Language language, Review review) {
        this(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, status, id, language, review, List.of(), "");
    }

    /** The version 1 content only: no id yet, bokmål, no review. */
    public Assessment(CaseInfo caseInfo, Map<Integer, GoalAssessment> goals, Map<Dimension, String> dimensionTexts,
            List<ConflictHandling> conflicts, String collaboration, String conclusion, Status status) {
        this(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, status, null, Language.NB, null);
    }

    /** A new, empty assessment with an id of its own. */
    public static Assessment newDraft(String title) {
        return new Assessment(CaseInfo.titled(title), Map.of(), Map.of(), List.of(), "", "", Status.DRAFT,
                UUID.randomUUID(), Language.NB, null);
    }

    public boolean hasAlternatives() {
        return !alternatives.isEmpty();
    }

    public Optional<Recommendation> optionalRecommendation() {
        return Optional.ofNullable(recommendation);
    }

    /** The index of the alternative with this label (compared as the format compares labels), or -1. */
    public int indexOfAlternative(String label) {
        String key = Alternative.labelKey(label);
        for (int i = 0; i < alternatives.size(); i++) {
            if (alternatives.get(i).labelKey().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The alternative at {@code index} as an assessment of its own in this case: see {@link Alternative#asAssessment}. */
    public Assessment alternativeAsAssessment(int index) {
        return alternatives.get(index).asAssessment(this);
    }

    public Optional<UUID> optionalId() {
        return Optional.ofNullable(id);
    }

    public Optional<Review> optionalReview() {
        return Optional.ofNullable(review);
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
        return new Assessment(value, goals, dimensionTexts, conflicts, collaboration, conclusion, status, id, language, review, dismissedHints, minorConflictsNote, alternatives, recommendation);
    }

    public Assessment withGoal(GoalAssessment value) {
        Map<Integer, GoalAssessment> copy = new TreeMap<>(goals);
        copy.put(value.goal(), value);
        return new Assessment(caseInfo, copy, dimensionTexts, conflicts, collaboration, conclusion, status, id, language, review, dismissedHints, minorConflictsNote, alternatives, recommendation);
    }

    public Assessment withoutGoal(int number) {
        Map<Integer, GoalAssessment> copy = new TreeMap<>(goals);
        copy.remove(number);
        return new Assessment(caseInfo, copy, dimensionTexts, conflicts, collaboration, conclusion, status, id, language, review, dismissedHints, minorConflictsNote, alternatives, recommendation);
    }

    public Assessment withDimensionText(Dimension dimension, String text) {
        Map<Dimension, String> copy = new EnumMap<>(Dimension.class);
        copy.putAll(dimensionTexts);
        copy.put(dimension, text);
        return new Assessment(caseInfo, goals, copy, conflicts, collaboration, conclusion, status, id, language, review, dismissedHints, minorConflictsNote, alternatives, recommendation);
    }

    /** Sets the handling of one conflict, replacing an earlier one for the same goals. */
    public Assessment withHandling(ConflictHandling value) {
        List<ConflictHandling> copy = new ArrayList<>(conflicts);
        copy.removeIf(c -> c.goals().equals(value.goals()));
        copy.add(value);
        return new Assessment(caseInfo, goals, dimensionTexts, copy, collaboration, conclusion, status, id, language, review, dismissedHints, minorConflictsNote, alternatives, recommendation);
    }

    public Assessment withCollaboration(String value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, value, conclusion, status, id, language, review, dismissedHints, minorConflictsNote, alternatives, recommendation);
    }

    public Assessment withConclusion(String value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, value, status, id, language, review, dismissedHints, minorConflictsNote, alternatives, recommendation);
    }

    /**
     * Sets the status without checking readiness; callers ask the analysis whether COMPLETE is allowed.
     * Reopening an approved assessment withdraws the approval: the review is asked for again, and who
     * reviewed and what they wrote is kept.
     */
    public Assessment withStatus(Status value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, value, id, language, review, dismissedHints, minorConflictsNote, alternatives, recommendation);
    }

    public Assessment withId(UUID value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, status, value, language, review, dismissedHints, minorConflictsNote, alternatives, recommendation);
    }

    public Assessment withLanguage(Language value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, status, id, value, review, dismissedHints, minorConflictsNote, alternatives, recommendation);
    }

    /** Sets the review; an approval of an assessment that is not complete becomes a review asked for. */
    public Assessment withReview(Review value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, status, id, language, value, dismissedHints, minorConflictsNote, alternatives, recommendation);
    }

    /**
     * The content as a new assessment of its own: a new id, a draft, and no review (a leader's review
     * belongs to the assessment reviewed, not to a copy). The title is the caller's to change.
     */
    public Assessment asNewCopy() {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, Status.DRAFT,
                UUID.randomUUID(), language, null, dismissedHints, minorConflictsNote, alternatives, recommendation);
    }

    /** Marks a hint as looked at and not applying, replacing an earlier dismissal of the same hint. */
    public Assessment withDismissedHint(HintDismissal value) {
        List<HintDismissal> copy = new ArrayList<>(dismissedHints);
        copy.removeIf(d -> d.isFor(value.goals(), value.overlookedGoal()));
        copy.add(value);
        return withDismissedHints(copy);
    }

    /** Shows a dismissed hint again («Vis igjen»). */
    public Assessment withoutDismissedHint(List<Integer> pair, int overlookedGoal) {
        List<HintDismissal> copy = new ArrayList<>(dismissedHints);
        copy.removeIf(d -> d.isFor(pair, overlookedGoal));
        return withDismissedHints(copy);
    }

    public Assessment withDismissedHints(List<HintDismissal> value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, status, id, language, review,
                value, minorConflictsNote, alternatives, recommendation);
    }

    /** One optional note that covers every conflict of severity 1 together. */
    public Assessment withMinorConflictsNote(String value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, status, id, language, review,
                dismissedHints, value, alternatives, recommendation);
    }

    public Optional<HintDismissal> dismissalOf(List<Integer> pair, int overlookedGoal) {
        return dismissedHints.stream().filter(d -> d.isFor(pair, overlookedGoal)).findFirst();
    }

    /** The alternatives replaced as given (2 to 5, or none); the recommendation follows its label or is unchosen. */
    public Assessment withAlternatives(List<Alternative> value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, status, id, language,
                review, dismissedHints, minorConflictsNote, value, recommendation);
    }

    public Assessment withRecommendation(Recommendation value) {
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, status, id, language,
                review, dismissedHints, minorConflictsNote, alternatives, value);
    }

    /**
     * Turns a single assessment into a case with alternatives: what was assessed becomes the first
     * alternative, and {@code second} (a copy of it or an empty one) the second.
     */
    public Assessment asCaseWithAlternatives(String firstLabel, Alternative second) {
        if (hasAlternatives()) {
            throw new IllegalStateException("Already a case with alternatives");
        }
        Alternative first = Alternative.of(firstLabel, this);
        return new Assessment(caseInfo, Map.of(), Map.of(), List.of(), collaboration, "", status, id, language, review,
                dismissedHints, minorConflictsNote, List.of(first, second), new Recommendation("", ""));
    }

    /** Adds an alternative at the end; at most {@link #MAX_ALTERNATIVES}. */
    public Assessment withAlternativeAdded(Alternative value) {
        List<Alternative> copy = new ArrayList<>(alternatives);
        copy.add(value);
        return withAlternatives(copy);
    }

    /** Replaces the alternative at {@code index}; a renamed alternative keeps its recommendation. */
    public Assessment withAlternative(int index, Alternative value) {
        List<Alternative> copy = new ArrayList<>(alternatives);
        Alternative before = copy.set(index, value);
        Recommendation followed = recommendation;
        if (recommendation != null && Alternative.labelKey(recommendation.alternative()).equals(before.labelKey())) {
            followed = recommendation.withAlternative(value.label());
        }
        return new Assessment(caseInfo, goals, dimensionTexts, conflicts, collaboration, conclusion, status, id, language,
                review, dismissedHints, minorConflictsNote, copy, followed);
    }

    /** Takes back the edits of {@link #alternativeAsAssessment(int)} into that alternative. */
    public Assessment withAlternativeContent(int index, Assessment edited) {
        return withAlternative(index, alternatives.get(index).withContentOf(edited));
    }

    /** Marks the alternative at {@code index} as the zero alternative, and no other; -1 marks none. */
    public Assessment withZeroAlternative(int index) {
        List<Alternative> copy = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            copy.add(alternatives.get(i).withZero(i == index));
        }
        return withAlternatives(copy);
    }

    /** Moves the alternative at {@code from} to {@code to}, the others keeping their order. */
    public Assessment withAlternativeMoved(int from, int to) {
        List<Alternative> copy = new ArrayList<>(alternatives);
        copy.add(to, copy.remove(from));
        return withAlternatives(copy);
    }

    /**
     * Removes the alternative at {@code index}. A recommendation of it becomes unchosen, its reason
     * kept. When one alternative would be left, the case becomes a single assessment again holding
     * that alternative's content (a case has 2 to 5): the recommendation then has nothing to choose from.
     */
    public Assessment withoutAlternative(int index) {
        List<Alternative> copy = new ArrayList<>(alternatives);
        copy.remove(index);
        if (copy.size() >= MIN_ALTERNATIVES) {
            return withAlternatives(copy);
        }
        Alternative last = copy.getFirst();
        return new Assessment(caseInfo, last.goals(), last.dimensionTexts(), last.conflicts(), collaboration,
                last.conclusion().isBlank() ? conclusion : last.conclusion(), status, id, language, review, dismissedHints, minorConflictsNote, List.of(), null);
    }

    private static void checkAlternatives(List<Alternative> alternatives, Map<Integer, GoalAssessment> goals,
            Map<Dimension, String> dimensionTexts, List<ConflictHandling> conflicts) {
        if (alternatives.isEmpty()) {
            return;
        }
        if (alternatives.size() < MIN_ALTERNATIVES || alternatives.size() > MAX_ALTERNATIVES) {
            throw new IllegalArgumentException("A case has 2 to 5 alternatives, not " + alternatives.size());
        }
        if (!goals.isEmpty() || dimensionTexts.values().stream().anyMatch(t -> !t.isEmpty()) || !conflicts.isEmpty()) {
            throw new IllegalArgumentException("A case with alternatives has no goals, dimension texts or handlings of its own");
        }
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (Alternative alternative : alternatives) {
            if (!labels.add(alternative.labelKey())) {
                throw new IllegalArgumentException("Two alternatives are labelled " + alternative.label());
            }
        }
        if (alternatives.stream().filter(Alternative::zero).count() > 1) {
            throw new IllegalArgumentException("At most one alternative is the zero alternative");
        }
    }

    /** Null without alternatives; else the recommendation spelt as its alternative is, or unchosen. */
    private static Recommendation recommendationOf(List<Alternative> alternatives, Recommendation recommendation) {
        if (alternatives.isEmpty()) {
            return null;
        }
        if (recommendation == null) {
            return new Recommendation("", "");
        }
        String key = Alternative.labelKey(recommendation.alternative());
        String label = alternatives.stream().filter(a -> a.labelKey().equals(key)).map(Alternative::label)
                .findFirst().orElse("");
        return recommendation.withAlternative(label);
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
