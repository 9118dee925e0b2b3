package no.baerekraftsjekk.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;

/**
 * The goal ratings and weighed conflicts of one assessment joined into two short texts, as both
 * libraries keep them for roll-ups (the local library in columns kept by triggers, migration V10;
 * the council library in generated columns, migration V5). Read by hand, character by character:
 * {@code String.split} made two arrays and 70 strings an assessment, a third of the read.
 */
public final class JoinedRatings {
    /** A weighed conflict's handling as the roll-up sees it: any text, the words are not read. */
    public static final String WEIGHED = "✓";

    private JoinedRatings() {
    }

    /**
     * "3,D,2,0,3.1 3.4;4,N,0,0,": goal, first letter of the relevance, positive, negative, and the
     * targets picked, space-separated (the portfolio groups by the council's local goals, some
     * linked to targets). Null: no goals.
     */
    public static Map<Integer, GoalAssessment> goals(String joined) {
        Map<Integer, GoalAssessment> goals = new TreeMap<>();
        if (joined == null) {
            return goals;
        }
        int[] at = {0};
        while (at[0] < joined.length()) {
            int goal = number(joined, at);
            if (at[0] + 1 >= joined.length()) {
                throw new IllegalStateException("Stored ratings are damaged: " + joined);
            }
            Relevance relevance = switch (joined.charAt(at[0])) {
                case 'D' -> Relevance.DIRECT;
                case 'I' -> Relevance.INDIRECT;
                case 'N' -> Relevance.NOT_RELEVANT;
                default -> throw new IllegalStateException("Stored ratings are damaged: " + joined);
            };
            at[0] += 2;
            int positive = number(joined, at);
            int negative = number(joined, at);
            List<String> targets = List.of();
            if (at[0] <= joined.length() && joined.charAt(at[0] - 1) == ',') {
                int end = joined.indexOf(';', at[0]);
                end = end < 0 ? joined.length() : end;
                String picked = joined.substring(at[0], end).strip();
                targets = picked.isEmpty() ? List.of() : List.of(picked.split(" +"));
                at[0] = end + 1;
            }
            goals.put(goal, new GoalAssessment(goal, relevance, positive, negative, null, null, targets, "", ""));
        }
        return goals;
    }

    /** "11,15;7,0": the goals of each weighed conflict; 0 as the second goal means a conflict within one goal. */
    public static List<ConflictHandling> handlings(String joined) {
        List<ConflictHandling> handlings = new ArrayList<>();
        if (joined == null) {
            return handlings;
        }
        int[] end = {0};
        while (end[0] < joined.length()) {
            int a = number(joined, end);
            int b = number(joined, end);
            handlings.add(new ConflictHandling(b == 0 ? List.of(a) : List.of(a, b), WEIGHED, ""));
        }
        return handlings;
    }

    /** The number starting at {@code at[0]}; leaves {@code at[0]} after the separator that ends it. */
    private static int number(String text, int[] at) {
        int i = at[0];
        int value = 0;
        int digits = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            value = value * 10 + (text.charAt(i) - '0');
            i++;
            digits++;
        }
        if (digits == 0 || digits > 3 || (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != ';')) {
            throw new IllegalStateException("Stored ratings are damaged: " + text);
        }
        at[0] = i + 1;
        return value;
    }
}
