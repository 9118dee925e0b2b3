package no.baerekraftsjekk.ui.library;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Messages;
import no.baerekraftsjekk.domain.format.FileProblem;
import no.baerekraftsjekk.storage.ImportOutcome;

/**
 * What the caseworker is told after importing several files: a one-line summary ("3 importert,
 * 1 avvist") and, when something was refused or changed, which file and why.
 */
record ImportReport(List<ImportOutcome> outcomes) {
    /** How many problems of a refused file are shown; the rest are counted, the file names never. */
    static final int PROBLEMS_SHOWN = 3;

    ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    long importedCount() {
        return outcomes.stream().filter(ImportOutcome::imported).count();
    }

    long rejectedCount() {
        return outcomes.size() - importedCount();
    }

    String summary() {
        return Messages.get("library.import.summary", importedCount(), rejectedCount());
    }

    /** True when the summary alone would hide something: a refused file or a warning. */
    boolean needsDetails() {
        return outcomes.stream().anyMatch(o -> !o.imported() || !o.warnings().isEmpty());
    }

    String details() {
        List<String> parts = new ArrayList<>();
        parts.add(summary() + ".");
        for (ImportOutcome outcome : outcomes) {
            String name = String.valueOf(outcome.file().getFileName());
            if (!outcome.imported()) {
                parts.add(describeRejection(name, outcome.problems()));
            } else if (!outcome.warnings().isEmpty()) {
                StringBuilder text = new StringBuilder(Messages.get("library.import.warnings", name));
                outcome.warnings().forEach(w -> text.append("\n  • ").append(w));
                parts.add(text.toString());
            }
        }
        return String.join("\n\n", parts);
    }

    static String describeRejection(String fileName, List<FileProblem> problems) {
        StringBuilder text = new StringBuilder(Messages.get("library.import.rejected", fileName));
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> text.append("\n  • ").append(p));
        if (problems.size() > PROBLEMS_SHOWN) {
            text.append("\n  ").append(Messages.get("library.import.moreProblems", problems.size() - PROBLEMS_SHOWN));
        }
        return text.toString();
    }
}
