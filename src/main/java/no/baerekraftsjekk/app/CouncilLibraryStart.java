package no.baerekraftsjekk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.council.CouncilProfiles;
import no.baerekraftsjekk.usecase.CouncilProfileInUse;
import java.time.Clock;
import no.baerekraftsjekk.storage.council.CouncilConnector;
import no.baerekraftsjekk.storage.council.EditQueue;
import no.baerekraftsjekk.storage.council.QueuedCouncilLibrary;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.CouncilUnreachableException;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.storage.council.ProgramFolder;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.library.LibraryPlaces;
import no.baerekraftsjekk.ui.main.AssessmentOpener;
import no.baerekraftsjekk.ui.main.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers the council library beside the caseworker's own, when IT has placed a connection file
 * in the data folder or beside the program. The local library is already on screen; the council
 * library is opened behind it, and when the server cannot be reached the screen says so in one
 * plain sentence and the caseworker simply goes on in their own library. Without a connection
 * file nothing changes and the program makes no connection at all.
 */
final class CouncilLibraryStart implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CouncilLibraryStart.class);
    private final AtomicReference<PostgresLibrary> opened = new AtomicReference<>();
    private volatile boolean closed;

    void offer(Path dataFolder, Optional<Path> programFolder, MainWindow window, UiServices local, AssessmentOpener localOpener,
            Function<UiServices, AssessmentOpener> openerFor) {
        Optional<Path> file = CouncilServer.find(dataFolder, programFolder);
        if (file.isEmpty()) {
            return;
        }
        LibraryPlaces<AssessmentOpener> places;
        CouncilServer server;
        try {
            server = CouncilServer.read(file.get());
        } catch (LibraryException e) {
            places = new LibraryPlaces<>(local, localOpener, openerFor, file.get().toString());
            window.usePlaces(places);
            places.councilFailed(e);
            return;
        }
        places = new LibraryPlaces<>(local, localOpener, openerFor, server.describe());
        window.usePlaces(places);
        LibraryPlaces<AssessmentOpener> shown = places;
        CouncilConnector connector = new CouncilConnector(server, new FxPasswordPrompt(window::stage, server.describe(), local.texts()));
        local.tasks().run(() -> {
                    PostgresLibrary library = PostgresLibrary.open(connector);
                    return new Opened(library, rules(library, dataFolder, local));
                })
                .onSuccess(done -> {
                    PostgresLibrary library = done.library();
                    if (closed) {
                        library.close();
                        return;
                    }
                    opened.set(library);
                    shown.councilOpened(library, new QueuedCouncilLibrary(library, EditQueue.in(dataFolder), Clock.systemUTC()),
                            done.rules());
                    sayIfBroken(done.rules().profile(), local);
                })
                .onFailure(error -> {
                    if (error instanceof CouncilUnreachableException) {
                        // Expected now and then (no network, server down): one line, no stack trace.
                        LOG.warn("The council library {} cannot be reached: {}", server.describe(), error.getMessage());
                    } else {
                        LOG.warn("The council library {} could not be opened: {}", server.describe(), error.getMessage(), error);
                    }
                    shown.councilFailed(error);
                })
                .start();
    }

    private record Opened(PostgresLibrary library, LibraryPlaces.CouncilRules rules) {
    }

    /**
     * The council library's profile when it holds one (it goes before the file on this machine, so
     * every caseworker of the council uses the same), with the rules that follow from it.
     */
    static LibraryPlaces.CouncilRules rules(PostgresLibrary library, Path dataFolder, UiServices local) {
        CouncilProfiles profiles = new CouncilProfiles(library);
        ProfileSource profile = CouncilProfileInUse.fromCouncil(profiles, library.describe(), dataFolder, local.profile());
        boolean mayChange = profiles.mayChange();
        if (profile.problem().equals(local.profile().problem()) && profile.profile().equals(local.profile().profile())) {
            return new LibraryPlaces.CouncilRules(profile, local.analyzer(), mayChange);
        }
        try {
            return new LibraryPlaces.CouncilRules(profile, CouncilProfileInUse.analyzer(profile, dataFolder), mayChange);
        } catch (IOException e) {
            LOG.warn("The dimension mapping for the council library's profile could not be read; the rules of this machine are used", e);
            return new LibraryPlaces.CouncilRules(profile, local.analyzer(), mayChange);
        }
    }

    /** A council profile that cannot be used is said, as a broken file is at start; the defaults are used meanwhile. */
    private static void sayIfBroken(ProfileSource profile, UiServices local) {
        if (profile.isCouncils() && profile.problem().isPresent() && !profile.problem().equals(local.profile().problem())) {
            LOG.warn("The council library's profile is not used", profile.problem().get());
            local.errors().showError(local.texts().get("profile.brokenTitle"), local.texts().explain(profile.problem().get()));
        }
    }

    static CouncilLibraryStart offerFrom(Path dataFolder, MainWindow window, UiServices local, AssessmentOpener localOpener,
            Function<UiServices, AssessmentOpener> openerFor) {
        CouncilLibraryStart start = new CouncilLibraryStart();
        start.offer(dataFolder, ProgramFolder.find(), window, local, localOpener, openerFor);
        return start;
    }

    @Override
    public void close() {
        closed = true;
        PostgresLibrary library = opened.getAndSet(null);
        if (library != null) {
            library.close();
        }
    }
}
