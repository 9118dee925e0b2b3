package no.baerekraftsjekk.app;

import java.util.concurrent.atomic.AtomicInteger;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;

/** A warm-up that only counts how often each phase ran, for the tests of when they run. */
final class CountingWarmup implements StartupWarmup {
    /** Looks at the window as the library phase begins, on its background thread. */
    @FunctionalInterface
    interface Check {
        void run() throws Exception;
    }

    final AtomicInteger library = new AtomicInteger();
    final AtomicInteger reports = new AtomicInteger();
    private final Check atLibrary;

    CountingWarmup() {
        this(() -> { });
    }

    CountingWarmup(Check atLibrary) {
        this.atLibrary = atLibrary;
    }

    @Override
    public void afterLibraryShown(AssessmentAnalyzer analyzer) throws Exception {
        atLibrary.run();
        library.incrementAndGet();
    }

    @Override
    public void beforeFirstReport(AssessmentAnalyzer analyzer) {
        reports.incrementAndGet();
    }
}
