package no.baerekraftsjekk.app;

import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.report.ReportExporter;
import no.baerekraftsjekk.report.ReportGuidance;

/**
 * Runs code paths the caseworker will soon need once, in the background, so the JVM has loaded and
 * compiled them before the first real use. In two phases, because the report writers are heavy:
 * warming Word and PDF adds about 70 MB to the resident program, more than an idle library window
 * should carry (target 250 MB), yet a cold first export takes seconds instead of a fraction of one.
 */
public interface StartupWarmup {

    /** Light paths (rules, .bkj), once the library shows. */
    void afterLibraryShown(AssessmentAnalyzer analyzer) throws Exception;

    /** The report writers, once the first assessment is opened: long before its Rapport step. */
    void beforeFirstReport(AssessmentAnalyzer analyzer) throws Exception;

    /** Nothing to warm: for tests, which should not spend a shared machine's CPU on it. */
    static StartupWarmup none() {
        return new StartupWarmup() {
            @Override
            public void afterLibraryShown(AssessmentAnalyzer analyzer) {
            }

            @Override
            public void beforeFirstReport(AssessmentAnalyzer analyzer) {
            }
        };
    }

    static StartupWarmup standard() {
        return new StartupWarmup() {
            @Override
            public void afterLibraryShown(AssessmentAnalyzer analyzer) throws Exception {
                Assessment draft = Assessment.newDraft("Oppvarming");
                analyzer.analyse(draft);
                new BkjReader().read(new BkjWriter().write(draft));
            }

            @Override
            public void beforeFirstReport(AssessmentAnalyzer analyzer) {
                new ReportExporter(analyzer, ReportGuidance.forMapping(analyzer.mapping()), Texts.of(Language.BASE)).warmUp();
            }
        };
    }
}
