package no.baerekraftsjekk.domain.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.DimensionMapping;
import no.baerekraftsjekk.domain.text.Message;

/**
 * Says who gains and who loses in a conflict, as messages the window and the reports both make into
 * words: "Mål 7 får positiv virkning (stor), mål 15 negativ virkning (stor)". A cross-dimension
 * conflict also names the two dimensions. Here, not in a view, so every place tells a conflict the
 * same way.
 */
public final class ConflictWording {
    private final GoalDimensions dimensions;

    public ConflictWording(DimensionMapping mapping) {
        this.dimensions = new GoalDimensions(mapping);
    }

    public static ConflictWording standard() {
        return new ConflictWording(DimensionMapping.standard());
    }

    /**
     * Every direction of the conflict, the strongest first; of two equally strong, the one with the
     * larger effects. A conflict within one goal has one direction, from the goal to itself.
     */
    public List<ConflictDirection> directions(Conflict conflict, Assessment assessment, Analysis analysis) {
        Ratings ratings = Ratings.of(assessment);
        List<ConflictDirection> directions = new ArrayList<>();
        switch (conflict.kind()) {
            case GOALS -> {
                int a = conflict.goals().get(0);
                int b = conflict.goals().get(1);
                addGoals(directions, ratings, a, b);
                addGoals(directions, ratings, b, a);
            }
            case WITHIN_GOAL -> {
                int goal = conflict.goals().getFirst();
                directions.add(new ConflictDirection(ConflictDirection.Side.ofGoal(goal, ratings.positive(goal)),
                        ConflictDirection.Side.ofGoal(goal, ratings.negative(goal)),
                        Math.min(ratings.positive(goal), ratings.negative(goal))));
            }
            case DIMENSIONS -> {
                DimensionLevel d = analysis.level(conflict.dimensions().get(0));
                DimensionLevel e = analysis.level(conflict.dimensions().get(1));
                addDimensions(directions, d, e);
                addDimensions(directions, e, d);
            }
        }
        directions.sort(Comparator.comparingInt(ConflictDirection::strength)
                .thenComparingInt(x -> x.gaining().level() + x.losing().level()).reversed());
        return directions;
    }

    /**
     * The whole conflict in one sentence: each direction, the strongest first, and for a conflict
     * across dimensions which two dimensions it crosses.
     */
    public Message describe(Conflict conflict, Assessment assessment, Analysis analysis) {
        List<Message> parts = new ArrayList<>();
        for (ConflictDirection direction : directions(conflict, assessment, analysis)) {
            parts.add(parts.isEmpty() || conflict.kind() != ConflictKind.GOALS ? sentence(conflict.kind(), direction)
                    // The other way round follows in the same sentence, after a semicolon, in lower case.
                    : Message.of("conflicts.wording.goals.next", direction.gaining().goal(),
                            level(direction.gaining().level()), direction.losing().goal(), level(direction.losing().level())));
        }
        Message.Joined sides = new Message.Joined(parts, "; ");
        if (conflict.kind() == ConflictKind.GOALS && conflict.crossDimension()) {
            Dimension first = dimensions.of(conflict.goals().get(0));
            Dimension second = dimensions.of(conflict.goals().get(1));
            return Message.of("conflicts.wording.across", sides, dimension(first), conflict.goals().get(0),
                    dimension(second), conflict.goals().get(1));
        }
        return Message.of("conflicts.wording.plain", sides);
    }

    /** One direction: "Mål 7 får positiv virkning (stor), mål 15 negativ virkning (stor)". */
    public Message sentence(ConflictKind kind, ConflictDirection direction) {
        ConflictDirection.Side gaining = direction.gaining();
        ConflictDirection.Side losing = direction.losing();
        return switch (kind) {
            case GOALS -> Message.of("conflicts.wording.goals", gaining.goal(), level(gaining.level()),
                    losing.goal(), level(losing.level()));
            case WITHIN_GOAL -> Message.of("conflicts.wording.within", gaining.goal(), level(gaining.level()),
                    level(losing.level()));
            case DIMENSIONS -> Message.of("conflicts.wording.dimensions", dimension(gaining.dimension()),
                    level(gaining.level()), dimension(losing.dimension()), level(losing.level()));
        };
    }

    private static void addGoals(List<ConflictDirection> directions, Ratings ratings, int gaining, int losing) {
        int strength = Math.min(ratings.positive(gaining), ratings.negative(losing));
        if (strength >= 1) {
            directions.add(new ConflictDirection(ConflictDirection.Side.ofGoal(gaining, ratings.positive(gaining)),
                    ConflictDirection.Side.ofGoal(losing, ratings.negative(losing)), strength));
        }
    }

    private static void addDimensions(List<ConflictDirection> directions, DimensionLevel gaining, DimensionLevel losing) {
        int strength = Math.min(gaining.positive(), losing.negative());
        if (strength >= 1) {
            directions.add(new ConflictDirection(ConflictDirection.Side.ofDimension(gaining.dimension(), gaining.positive()),
                    ConflictDirection.Side.ofDimension(losing.dimension(), losing.negative()), strength));
        }
    }

    /** The level in lower case inside a sentence: "stor". */
    private static Message level(int level) {
        return Message.of("conflicts.wording.level." + level);
    }

    private static Message dimension(Dimension dimension) {
        return Message.of("conflicts.wording.dimension." + dimension.name());
    }
}
