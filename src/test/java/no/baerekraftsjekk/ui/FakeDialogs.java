package no.baerekraftsjekk.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import no.baerekraftsjekk.ui.common.DialogService;

/**
 * Remembers every question asked and leaves it open: a test reads it and answers with
 * {@link #answer(String)}, by the label the caseworker would click.
 */
public final class FakeDialogs implements DialogService {
    private record Asked<T>(Question<T> question, Consumer<T> answer) {
        void answerWith(String label) {
            answer.accept(question.choiceLabelled(label).value());
        }
    }

    private final List<Asked<?>> open = new CopyOnWriteArrayList<>();
    private final List<Question<?>> asked = new CopyOnWriteArrayList<>();

    @Override
    public <T> void choose(Question<T> question, Consumer<T> answer) {
        asked.add(question);
        open.add(new Asked<>(question, answer));
    }

    /** Every question asked so far, the first first. */
    public List<Question<?>> asked() {
        return asked;
    }

    /** The labels of the ways out of the oldest question not answered yet. */
    public List<String> openChoices() {
        return open.getFirst().question().choices().stream().map(Choice::label).toList();
    }

    /** Answers the oldest open question as if the caseworker clicked {@code label}. */
    public void answer(String label) {
        open.removeFirst().answerWith(label);
    }
}
