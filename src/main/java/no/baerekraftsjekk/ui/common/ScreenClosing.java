package no.baerekraftsjekk.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Lets the main window ask the screen it shows to store what is pending and step aside, without
 * knowing which screen that is: the window restarts in another language only once the open
 * assessment's last edits are stored, so nothing typed is lost.
 */
public final class ScreenClosing {
    private static final Object KEY = ScreenClosing.class;

    private ScreenClosing() {
    }

    /** @param closeThen stores what is pending, then runs the given action (not at all if storing fails) */
    public static void offer(Node screen, Consumer<Runnable> closeThen) {
        screen.getProperties().put(KEY, closeThen);
    }

    /** Asks the screen under {@code root} that holds work to store it and then runs {@code then}; at once if none does. */
    public static void request(Node root, Runnable then) {
        find(root).ifPresentOrElse(closer -> closer.accept(then), then);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Consumer<Runnable>> find(Node node) {
        if (node.getProperties().get(KEY) instanceof Consumer<?> closer) {
            return Optional.of((Consumer<Runnable>) closer);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Consumer<Runnable>> found = find(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
