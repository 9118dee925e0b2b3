package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue target: with 10 000 assessments, list and search answer in under 100 ms. Prints the figures;
 * run with {@code mvn -Pbenchmark test -Dtest=LibraryBenchmark}.
 */
@Tag("benchmark")
class LibraryBenchmark {
    private static final String[] PLACES = {"Nordbyhagen", "Østfjellet", "Åsgård", "Bærum", "Lillestrøm", "Sandnes", "Tromsø", "Ørsta"};
    private static final String[] KINDS = {"Ny barneskole", "Vindkraft", "Boliger", "Elbusser", "Sykehjem", "Gang- og sykkelvei", "Budsjett", "Kulturhus"};

    @TempDir
    Path folder;

    @Test
    void tenThousandAssessmentsListAndSearchUnder100Milliseconds() {
        Path file = folder.resolve("bench.sqlite");
        Random random = new Random(42);
        long fillStart = System.nanoTime();
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            Assessment base = Fixtures.fullAssessment();
            for (int i = 0; i < 10_000; i++) {
                String title = KINDS[random.nextInt(KINDS.length)] + " på " + PLACES[random.nextInt(PLACES.length)] + " " + i;
                var info = base.caseInfo();
                library.create(base.withCaseInfo(new no.baerekraftsjekk.domain.CaseInfo(title, "2026/" + i,
                        CaseType.values()[i % CaseType.values().length], info.organisation(), "Enhet " + (i % 40),
                        info.caseworker(), info.date(), info.description() + " Sak nummer " + i, null)));
            }
        }
        System.out.printf("fill 10 000: %d ms%n", (System.nanoTime() - fillStart) / 1_000_000);

        long openStart = System.nanoTime();
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            System.out.printf("open library: %.1f ms%n", (System.nanoTime() - openStart) / 1e6);
            report("list (10 000 rows)", () -> library.list().size());
            report("search 'vindkraft' (≈1 250 hits)", () -> library.search("vindkraft").size());
            report("search 'østfjellet vindkraft'", () -> library.search("østfjellet vindkraft").size());
            report("search '2026/9999' (1 hit)", () -> library.search("2026/9999").size());
            report("search 'finnes ikke' (0 hits)", () -> library.search("finnesikke").size());
        }
    }

    private static void report(String what, Supplier<Integer> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        List<Double> times = new ArrayList<>();
        int hits = 0;
        for (int i = 0; i < 21; i++) {
            long start = System.nanoTime();
            hits = work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-36s median %6.1f ms  max %6.1f ms  (%d rows)  target < 100 ms%n", what,
                sorted[sorted.length / 2], sorted[sorted.length - 1], hits);
        if (Arrays.stream(sorted).skip(sorted.length / 2).findFirst().orElse(0) >= 100) {
            throw new AssertionError(what + " misses the 100 ms target");
        }
    }
}
