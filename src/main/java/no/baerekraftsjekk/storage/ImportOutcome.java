package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import no.baerekraftsjekk.domain.format.FileProblem;

/**
 * What became of one imported file: stored under {@code id}, with warnings, or refused with
 * {@code problems} (and then nothing from it was stored).
 */
public record ImportOutcome(Path file, OptionalLong id, List<String> warnings, List<FileProblem> problems, int errorCount) {

    /** @param errorCount every fault in a refused file; {@code problems} keeps the first hundred */
    public ImportOutcome {
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }

    public ImportOutcome(Path file, OptionalLong id, List<String> warnings, List<FileProblem> problems) {
        this(file, id, warnings, problems, problems.size());
    }

    public boolean imported() {
        return id.isPresent();
    }
}
