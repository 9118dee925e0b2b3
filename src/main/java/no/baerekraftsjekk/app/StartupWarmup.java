package no.baerekraftsjekk.app;

import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;

/**
 * Runs each code path the caseworker will soon need once, in the background after the window is
 * shown, so the JVM has loaded and compiled it before the first real use.
 */
final class StartupWarmup {
    private final AssessmentAnalyzer analyzer;

    StartupWarmup(AssessmentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    Void run() throws Exception {
        Assessment draft = Assessment.newDraft("Oppvarming");
        analyzer.analyse(draft);
        byte[] bytes = new BkjWriter().write(draft);
        new BkjReader().read(bytes);
        return null;
    }
}
