package no.baerekraftsjekk.ui.assessment.screening;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.Relevance;

/**
 * What a key does on a screening tile: D/I/N or 1/2/3 set the relevance, the arrows move between the
 * tiles of the grid as they are laid out, Home/End go to the first and the last goal.
 */
public final class ScreeningKeys {
    private ScreeningKeys() {
    }

    public static Optional<Relevance> relevanceFor(KeyCode code) {
        return Optional.ofNullable(switch (code) {
            case D, DIGIT1, NUMPAD1 -> Relevance.DIRECT;
            case I, DIGIT2, NUMPAD2 -> Relevance.INDIRECT;
            case N, DIGIT3, NUMPAD3 -> Relevance.NOT_RELEVANT;
            default -> null;
        });
    }

    /** The goal the arrow key moves to from {@code goal} in a grid of {@code columns}; empty for other keys. */
    public static Optional<Integer> move(int goal, KeyCode code, int columns) {
        Integer target = switch (code) {
            case LEFT, KP_LEFT -> goal - 1;
            case RIGHT, KP_RIGHT -> goal + 1;
            case UP, KP_UP -> goal - columns;
            case DOWN, KP_DOWN -> goal + columns;
            case HOME -> Goal.FIRST;
            case END -> Goal.LAST;
            default -> null;
        };
        return Optional.ofNullable(target).map(t -> Math.clamp(t, Goal.FIRST, Goal.LAST));
    }
}
