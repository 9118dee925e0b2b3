package no.baerekraftsjekk.ui.main;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import no.baerekraftsjekk.domain.profile.InvalidProfileException;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.council.CouncilProfiles;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.usecase.CouncilProfileAdmin;

/**
 * An administrator puts the council's profile in the council library from the settings screen, as
 * {@code server profile put} does: checked first, and a broken one is refused with its line and
 * field, in the settings screen itself, with nothing stored. A view model: no window needed to test it.
 */
public final class CouncilProfileUpload {
    private final PostgresLibrary library;
    private final BackgroundTasks tasks;
    private final Texts texts;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fault = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public CouncilProfileUpload(PostgresLibrary library, BackgroundTasks tasks, Texts texts) {
        this.library = Objects.requireNonNull(library);
        this.tasks = Objects.requireNonNull(tasks);
        this.texts = Objects.requireNonNull(texts);
    }

    /** Checks the profile (its file, or the folder holding it) and stores it; says how it went. Call on the FX thread. */
    public void put(Path profile) {
        busy.set(true);
        fault.set(false);
        message.set(texts.get("settings.profile.putting", profile));
        tasks.run(() -> new CouncilProfileAdmin(new CouncilProfiles(library)).put(profile))
                .onSuccess(put -> message.set(texts.get("settings.profile.putDone", library.describe(), put.profile().organisation())))
                .onFailure(InvalidProfileException.class, e -> refused(texts.explain(e) + "\n" + texts.get("cli.serverProfile.notStored")))
                .onFailure(error -> refused(texts.explain(error)))
                .andFinally(() -> busy.set(false))
                .start();
    }

    private void refused(String why) {
        fault.set(true);
        message.set(why);
    }

    /** How the last put went, or what it is doing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message says why nothing was stored. */
    public ReadOnlyBooleanProperty faultProperty() {
        return fault.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The council library it is put in, as told to people. */
    public String library() {
        return library.describe();
    }
}
