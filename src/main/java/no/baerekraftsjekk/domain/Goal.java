package no.baerekraftsjekk.domain;

import java.util.List;

/**
 * One of the 17 goals, as reference data: titles, the UN colour and the text colour that reaches
 * contrast 4.5:1 on it, and the ids of its targets (delmål) in the reference order.
 */
public record Goal(
        int number,
        String titleNb,
        String titleNn,
        String titleEn,
        String colour,
        String textColour,
        List<String> targets) {

    public static final int FIRST = 1;
    public static final int LAST = 17;
    public static final int COUNT = 17;

    public Goal {
        targets = List.copyOf(targets);
    }

    public static boolean isValidNumber(int number) {
        return number >= FIRST && number <= LAST;
    }

    public boolean hasTarget(String targetId) {
        return targets.contains(targetId);
    }
}
