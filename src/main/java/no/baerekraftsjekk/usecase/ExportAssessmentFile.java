package no.baerekraftsjekk.usecase;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.format.Version1;
import no.baerekraftsjekk.domain.text.Explained;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.FileFingerprint;
import no.baerekraftsjekk.storage.LibraryException;

/**
 * Writes a stored assessment as a {@code .bkj} file, from the window and from {@code export-bkj}:
 * version 2 by default, version 1 for older programs when nothing would change meaning on the way.
 * The file is written safely (whole or not at all) and remembered, so opening it later from the
 * file manager opens this assessment.
 */
public final class ExportAssessmentFile {
    private final AssessmentLibrary library;
    private final BkjWriter writer;

    /** @param texts for the one text a file may need, the placeholder title of a draft whose title was cleared */
    public ExportAssessmentFile(AssessmentLibrary library, Texts texts) {
        this.library = Objects.requireNonNull(library);
        this.writer = new BkjWriter(texts);
    }

    /** What was written, and what the file left out (version 1 only; empty for version 2). */
    public record Exported(Path file, int version, List<Message> leftOut) {
        public Exported {
            leftOut = List.copyOf(leftOut);
        }
    }

    /** The assessment cannot be written in the version asked for; the message says what it holds that the version lacks. */
    public static final class VersionRefused extends Exception implements Explained {
        private static final long serialVersionUID = 1L;

        private final transient Message explanation;

        VersionRefused(Message explanation) {
            super(explanation.toString());
            this.explanation = explanation;
        }

        @Override
        public Message explanation() {
            return explanation;
        }
    }

    /**
     * @param shownTitle the title the caseworker sees, for the message when the assessment is gone
     * @throws LibraryException the library could not be read, or the assessment is gone
     * @throws FileWriteException the file could not be written; an older file there is unchanged
     * @throws VersionRefused version 1 was asked for and cannot hold the assessment; nothing is written
     */
    public Exported export(long id, String shownTitle, Path file, int version)
            throws FileWriteException, VersionRefused {
        if (!BkjReader.VERSIONS.contains(version)) {
            throw new IllegalArgumentException("No such format version: " + version);
        }
        Assessment assessment = library.find(id)
                .orElseThrow(() -> new LibraryException(Message.of("library.error.gone", shownTitle)))
                .assessment();
        List<Message> leftOut = List.of();
        if (version == 1) {
            List<Message> cannot = Version1.cannotExpress(assessment);
            if (!cannot.isEmpty()) {
                throw new VersionRefused(Message.of("format.v2.version1.cannotExpress", new Message.Joined(cannot, ", ")));
            }
            List<Message> parts = Version1.leftOut(assessment);
            leftOut = parts.isEmpty() ? List.of() : List.of(Message.of("format.v2.version1.leftOut", new Message.Joined(parts, ", ")));
        }
        // The council library's audit trail names who exported an exempt assessment, and when: written
        // first, so no file of one leaves the program unrecorded.
        library.recordExport(id, "bkj v" + version + ": " + file.getFileName());
        writer.write(assessment, version, file);
        // A version 1 file has no id, so it would come back as a new assessment: still, opening it opens this one.
        KnownFiles.remember(library, FileFingerprint.of(file), file, id);
        return new Exported(file, version, leftOut);
    }

    /** Writes the current format version, which can hold every assessment. */
    public Exported export(long id, String shownTitle, Path file) throws FileWriteException {
        try {
            return export(id, shownTitle, file, BkjReader.CURRENT_VERSION);
        } catch (VersionRefused e) {
            throw new IllegalStateException("The current version holds every assessment", e);
        }
    }
}
