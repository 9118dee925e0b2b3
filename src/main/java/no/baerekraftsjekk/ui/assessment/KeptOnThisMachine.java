package no.baerekraftsjekk.ui.assessment;

import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * Tells the caseworker that edits are kept on this machine while the council library cannot be
 * reached (they are safe in the durable queue, not lost), and stops saying so once they are sent.
 * Called on the FX thread; holds no window.
 */
public final class KeptOnThisMachine {
    private final Texts texts;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    KeptOnThisMachine(Texts texts) {
        this.texts = Objects.requireNonNull(texts);
    }

    /** After a save: how many edits still wait on this machine. */
    public void waiting(int keptEdits) {
        message.set(keptEdits > 0 ? texts.get("assessment.autosave.keptLocally") : "");
    }

    /** Empty when everything is on the server. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
