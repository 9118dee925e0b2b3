package no.baerekraftsjekk.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one place that asks the caseworker something: a question with a few ways out. Behind an
 * interface so view models and pages can be tested with a fake that answers. Never blocks: the
 * answer arrives later, on the FX thread.
 */
public interface DialogService {

    /**
     * Asks {@code question} and tells {@code answer} which choice was taken. The first choice is the
     * default (Enter); a choice marked {@link Choice#cancel()} is also the answer when the dialog is
     * closed. Without one the dialog can only be left through a choice.
     */
    <T> void choose(Question<T> question, Consumer<T> answer);

    /** Asks for a yes or no: {@code answer} gets true for {@code confirmLabel}, false for the other or a close. */
    default void confirm(String title, String message, String confirmLabel, String cancelLabel, Consumer<Boolean> answer) {
        choose(new Question<>(title, message, List.of(new Choice<>(true, confirmLabel, false),
                new Choice<>(false, cancelLabel, true))), answer);
    }

    /** A title, a message that says what happened and what each way out does, and the ways out in order. */
    record Question<T>(String title, String message, List<Choice<T>> choices) {
        public Question {
            Objects.requireNonNull(title);
            Objects.requireNonNull(message);
            choices = List.copyOf(choices);
            if (choices.isEmpty()) {
                throw new IllegalArgumentException("A question needs at least one way out");
            }
        }

        /** The choice with this label, for fakes and tests that answer by what the caseworker reads. */
        public Choice<T> choiceLabelled(String label) {
            return choices.stream().filter(c -> c.label().equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No choice labelled " + label + " in " + choices));
        }
    }

    /** One way out: its value, its button text (with an optional mnemonic _) and whether closing the dialog means it. */
    record Choice<T>(T value, String label, boolean cancel) {
        public Choice(T value, String label) {
            this(value, label, false);
        }
    }
}
