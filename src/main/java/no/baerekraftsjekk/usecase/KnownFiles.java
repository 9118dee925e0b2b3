package no.baerekraftsjekk.usecase;

import java.nio.file.Path;
import java.util.Optional;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.LibraryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Remembers which assessment a file was imported into or exported from, so opening it again opens that one. */
final class KnownFiles {
    private static final Logger LOG = LoggerFactory.getLogger(KnownFiles.class);

    private KnownFiles() {
    }

    /** Not being remembered costs only a question or a copy the next time the file is opened: logged, not shown. */
    static void remember(AssessmentLibrary library, Optional<String> fingerprint, Path file, long id) {
        try {
            fingerprint.ifPresent(sha256 -> library.rememberFile(id, sha256));
        } catch (LibraryException e) {
            LOG.warn("Could not remember {} as the file of assessment {}", file, id, e);
        }
    }
}
