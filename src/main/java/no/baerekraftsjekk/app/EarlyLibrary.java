package no.baerekraftsjekk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.storage.LibraryRecovery;
import no.baerekraftsjekk.storage.SqliteLibrary;

/**
 * Opens the library and reads its list while JavaFX draws the window's first frame, so that the
 * library screen finds the database open and the list there to show in its very first layout
 * (one pass over the table instead of two). Measured with
 * 1 000 assessments on two cores, doing this only after the first frame left the caseworker
 * 770 ms between that frame and a usable list; the first frame itself waits on JavaFX's own
 * threads, which leave a core mostly idle.
 *
 * <p>Failures are not handled here: they are handed to whoever claims the library, which shows
 * them as it would for a library opened later.
 */
final class EarlyLibrary {
    private final CompletableFuture<AssessmentLibrary> opening = new CompletableFuture<>();
    private volatile List<AssessmentSummary> firstList = List.of();
    private boolean claimed;

    private EarlyLibrary() {
    }

    /** Starts opening the library in use in this data folder (the usual file, or the one a recovery put beside it). */
    static EarlyLibrary begin(Path dataFolder) {
        EarlyLibrary early = new EarlyLibrary();
        Thread.ofPlatform().daemon().name("library-opening").start(() -> {
            try {
                // The day's backup waits until the library is on screen (DesktopSession).
                AssessmentLibrary library = SqliteLibrary.openWithoutDailyBackup(
                        new LibraryRecovery(dataFolder.resolve(DataFolder.DATABASE_FILE)).current());
                try {
                    early.firstList = library.list();
                } catch (RuntimeException e) {
                    // The screen asks for the list itself, and says what is wrong if it fails again.
                }
                early.opening.complete(library);
            } catch (Throwable error) {
                if (!early.opening.completeExceptionally(error)) {
                    // The library is open; warming failed. The screen will meet the same problem and say it.
                    return;
                }
            }
        });
        return early;
    }

    /**
     * Waits for the library, on a background thread.
     *
     * @throws Exception what opening it threw, as it was thrown ({@link no.baerekraftsjekk.storage.LibraryUnusableException} among them)
     */
    AssessmentLibrary await() throws Exception {
        try {
            AssessmentLibrary library = opening.get();
            synchronized (this) {
                claimed = true;
            }
            return library;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * The list of assessments read right after opening, to show before any search; empty when it
     * could not be read. Call after {@link #await}; it is handed out once, as it only describes the start.
     */
    synchronized List<AssessmentSummary> takeFirstList() {
        List<AssessmentSummary> list = firstList;
        firstList = List.of();
        return list;
    }

    /** Closes the library if nobody took it (the window closed first); it is then no one's to close. */
    void closeIfUnclaimed() {
        synchronized (this) {
            if (claimed) {
                return;
            }
            claimed = true;
        }
        opening.thenAccept(AssessmentLibrary::close);
    }
}
