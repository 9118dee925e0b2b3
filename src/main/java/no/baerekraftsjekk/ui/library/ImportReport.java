package no.baerekraftsjekk.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.baerekraftsjekk.domain.format.FileProblem;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.ImportOutcome;

/**
 * What the caseworker is told after importing several files: a one-line summary ("3 importert,
 * 1 avvist") and, when something was refused or changed, which file and why.
 */
public record ImportReport(List<ImportOutcome> outcomes, Texts texts) {
    /** How many problems of a refused file are shown; the rest are counted, the file names never. */
    static final int PROBLEMS_SHOWN = 3;

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    long importedCount() {
        return outcomes.stream().filter(ImportOutcome::imported).count();
    }

    long rejectedCount() {
        return outcomes.size() - importedCount();
    }

    String summary() {
        return texts.get("library.import.summary", importedCount(), rejectedCount());
    }

    /** True when the summary alone would hide something: a refused file or a warning. */
    boolean needsDetails() {
        return outcomes.stream().anyMatch(o -> !o.imported() || !o.warnings().isEmpty());
    }

    String details() {
        List<String> parts = new ArrayList<>();
        parts.add(summary() + ".");
        outcomes.forEach(outcome -> describe(outcome, texts).ifPresent(parts::add));
        return String.join("\n\n", parts);
    }

    /** What to tell about one file: why it was refused, or what changed on the way in; empty when nothing. */
    public static Optional<String> describe(ImportOutcome outcome, Texts texts) {
        String name = String.valueOf(outcome.file().getFileName());
        if (!outcome.imported()) {
            return Optional.of(describeRejection(name, outcome.problems(), outcome.errorCount(), texts));
        }
        if (outcome.warnings().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(texts.get("library.import.warnings", name));
        outcome.warnings().forEach(w -> text.append("\n  • ").append(texts.format(w)));
        return Optional.of(text.toString());
    }

    static String describeRejection(String fileName, List<FileProblem> problems, int errorCount, Texts texts) {
        StringBuilder text = new StringBuilder(texts.get("library.import.rejected", fileName));
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> text.append("\n  • ").append(texts.format(p.inWords())));
        if (errorCount > PROBLEMS_SHOWN) {
            text.append("\n  ").append(texts.get("library.import.moreProblems", errorCount - PROBLEMS_SHOWN));
        }
        return text.toString();
    }
}
