package no.baerekraftsjekk.domain.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.GoalAssessment;

/**
 * What changed between two versions of an assessment: which ratings and which texts, field by
 * field, in the order the steps show them. Values are codes and raw texts; the window makes the
 * words. An unchanged field is not listed, so two equal versions compare as no changes.
 */
public final class AssessmentDiff {
    private AssessmentDiff() {
    }

    /** Where in the assessment a change is. */
    public enum Area { CASE, GOAL, DIMENSION, CONFLICT, SUMMARY }

    /** The field that changed. Ratings are the choices on the scales; the rest is written text. */
    public enum Field {
        TITLE(false), CASE_NUMBER(false), CASE_TYPE(true), ORGANISATION(false), UNIT(false), CASEWORKER(false),
        DATE(true), DESCRIPTION(false), EXEMPTION(false),
        ASSESSED(true), RELEVANCE(true), POSITIVE(true), NEGATIVE(true), CERTAINTY(true), HORIZON(true), TARGETS(true),
        JUSTIFICATION(false), MEASURES(false),
        DIMENSION_TEXT(false), HANDLING(false), MITIGATION(false),
        COLLABORATION(false), CONCLUSION(false), STATUS(true);

        private final boolean rating;

        Field(boolean rating) {
            this.rating = rating;
        }

        /** A choice on a scale or a list, rather than written text. */
        public boolean isRating() {
            return rating;
        }
    }

    /**
     * One changed field. {@code place} says which goal (its number), dimension (its name) or
     * conflict (its goals, "7-15") for the areas that have several; empty for the others. A value
     * that was absent is the empty string.
     */
    public record Change(Area area, String place, Field field, String before, String after) {
    }

    public static List<Change> between(Assessment before, Assessment after) {
        List<Change> changes = new ArrayList<>();
        compareCase(before.caseInfo(), after.caseInfo(), changes);
        compareGoals(before.goals(), after.goals(), changes);
        for (Dimension d : Dimension.values()) {
            add(changes, Area.DIMENSION, d.name(), Field.DIMENSION_TEXT, before.dimensionText(d), after.dimensionText(d));
        }
        compareConflicts(before, after, changes);
        add(changes, Area.SUMMARY, "", Field.COLLABORATION, before.collaboration(), after.collaboration());
        add(changes, Area.SUMMARY, "", Field.CONCLUSION, before.conclusion(), after.conclusion());
        add(changes, Area.SUMMARY, "", Field.STATUS, before.status().name(), after.status().name());
        return List.copyOf(changes);
    }

    private static void compareCase(CaseInfo a, CaseInfo b, List<Change> changes) {
        add(changes, Area.CASE, "", Field.TITLE, a.title(), b.title());
        add(changes, Area.CASE, "", Field.CASE_NUMBER, a.caseNumber(), b.caseNumber());
        add(changes, Area.CASE, "", Field.CASE_TYPE, a.caseType().name(), b.caseType().name());
        add(changes, Area.CASE, "", Field.ORGANISATION, a.organisation(), b.organisation());
        add(changes, Area.CASE, "", Field.UNIT, a.unit(), b.unit());
        add(changes, Area.CASE, "", Field.CASEWORKER, a.caseworker(), b.caseworker());
        add(changes, Area.CASE, "", Field.DATE, text(a.date()), text(b.date()));
        add(changes, Area.CASE, "", Field.DESCRIPTION, a.description(), b.description());
        add(changes, Area.CASE, "", Field.EXEMPTION, text(a.exemptionBasis()), text(b.exemptionBasis()));
    }

    private static void compareGoals(Map<Integer, GoalAssessment> a, Map<Integer, GoalAssessment> b, List<Change> changes) {
        TreeSet<Integer> goals = new TreeSet<>(a.keySet());
        goals.addAll(b.keySet());
        for (int goal : goals) {
            GoalAssessment x = a.get(goal);
            GoalAssessment y = b.get(goal);
            String place = Integer.toString(goal);
            add(changes, Area.GOAL, place, Field.ASSESSED, x == null ? "" : "true", y == null ? "" : "true");
            add(changes, Area.GOAL, place, Field.RELEVANCE, field(x, g -> g.relevance().name()), field(y, g -> g.relevance().name()));
            add(changes, Area.GOAL, place, Field.POSITIVE, field(x, g -> Integer.toString(g.positive())), field(y, g -> Integer.toString(g.positive())));
            add(changes, Area.GOAL, place, Field.NEGATIVE, field(x, g -> Integer.toString(g.negative())), field(y, g -> Integer.toString(g.negative())));
            add(changes, Area.GOAL, place, Field.CERTAINTY, field(x, g -> text(g.certainty())), field(y, g -> text(g.certainty())));
            add(changes, Area.GOAL, place, Field.HORIZON, field(x, g -> text(g.horizon())), field(y, g -> text(g.horizon())));
            add(changes, Area.GOAL, place, Field.TARGETS, field(x, g -> String.join(", ", g.targets())), field(y, g -> String.join(", ", g.targets())));
            add(changes, Area.GOAL, place, Field.JUSTIFICATION, field(x, GoalAssessment::justification), field(y, GoalAssessment::justification));
            add(changes, Area.GOAL, place, Field.MEASURES, field(x, GoalAssessment::measures), field(y, GoalAssessment::measures));
        }
    }

    private static void compareConflicts(Assessment a, Assessment b, List<Change> changes) {
        Map<String, ConflictHandling[]> byGoals = new TreeMap<>();
        for (ConflictHandling c : a.conflicts()) {
            byGoals.computeIfAbsent(place(c), k -> new ConflictHandling[2])[0] = c;
        }
        for (ConflictHandling c : b.conflicts()) {
            byGoals.computeIfAbsent(place(c), k -> new ConflictHandling[2])[1] = c;
        }
        byGoals.forEach((place, pair) -> {
            add(changes, Area.CONFLICT, place, Field.HANDLING, pair[0] == null ? "" : pair[0].handling(), pair[1] == null ? "" : pair[1].handling());
            add(changes, Area.CONFLICT, place, Field.MITIGATION, pair[0] == null ? "" : pair[0].mitigation(), pair[1] == null ? "" : pair[1].mitigation());
        });
    }

    private static String place(ConflictHandling c) {
        return String.join("-", c.goals().stream().map(String::valueOf).toList());
    }

    private static String field(GoalAssessment g, Function<GoalAssessment, String> value) {
        return g == null ? "" : value.apply(g);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void add(List<Change> changes, Area area, String place, Field field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(area, place, field, before, after));
        }
    }
}
