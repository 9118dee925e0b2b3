package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import no.baerekraftsjekk.domain.format.FileProblem;
import no.baerekraftsjekk.domain.text.Message;

/**
 * What became of one imported file: stored under {@code id}, with warnings; already in the library
 * under {@code id} (nothing stored again); or refused with {@code problems} (nothing stored).
 *
 * @param errorCount every fault in a refused file; {@code problems} keeps the first hundred
 * @param alreadyThere the file was imported into or exported from the assessment {@code id} before
 */
public record ImportOutcome(Path file, OptionalLong id, List<Message> warnings, List<FileProblem> problems, int errorCount,
        boolean alreadyThere) {

    public ImportOutcome {
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }

    public ImportOutcome(Path file, OptionalLong id, List<Message> warnings, List<FileProblem> problems) {
        this(file, id, warnings, problems, problems.size(), false);
    }

    public static ImportOutcome refused(Path file, List<FileProblem> problems, int errorCount) {
        return new ImportOutcome(file, OptionalLong.empty(), List.of(), problems, errorCount, false);
    }

    static ImportOutcome alreadyThere(Path file, long id) {
        return new ImportOutcome(file, OptionalLong.of(id), List.of(), List.of(), 0, true);
    }

    /** The file's assessment is in the library: stored now, or already there. */
    public boolean imported() {
        return id.isPresent();
    }
}
