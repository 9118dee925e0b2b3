package no.baerekraftsjekk.app;

import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.report.ReportExporter;
import no.baerekraftsjekk.report.ReportGuidance;

/**
 * Runs each code path the caseworker will soon need once, in the background after the library is
 * shown, so the JVM has loaded and compiled it before the first real use. The report writers gain
 * the most: a cold first export takes seconds, a warm one a fraction of a second.
 */
@FunctionalInterface
public interface StartupWarmup {

    void run(AssessmentAnalyzer analyzer) throws Exception;

    /** Nothing to warm: for tests, which should not spend a shared machine's CPU on it. */
    static StartupWarmup none() {
        return analyzer -> { };
    }

    static StartupWarmup standard() {
        return StartupWarmup::warmEverything;
    }

    private static void warmEverything(AssessmentAnalyzer analyzer) throws Exception {
        Assessment draft = Assessment.newDraft("Oppvarming");
        analyzer.analyse(draft);
        new BkjReader().read(new BkjWriter().write(draft));
        new ReportExporter(analyzer, ReportGuidance.forMapping(analyzer.mapping())).warmUp();
    }
}
