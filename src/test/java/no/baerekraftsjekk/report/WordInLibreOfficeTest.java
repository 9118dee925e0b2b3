package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.baerekraftsjekk.domain.Assessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * LibreOffice opens every Word report of the shipped examples and of the worst case, in both
 * variants, and converts it to PDF; the converted pages meet the same limits as the PDF report:
 * «Full» at most 6 pages for an example and 15 for the worst case, «Kort» at most 3, and page 1 one
 * page — its last words (the end of the conclusion) are on page 1. Word lays out a little differently
 * from LibreOffice, so these are the closest measure we have. Needs LibreOffice (Debian:
 * libreoffice-writer-nogui); skipped where {@code soffice} is absent.
 */
@Tag("slow")
class WordInLibreOfficeTest {
    @TempDir
    static Path folder;


    @BeforeAll
    static void needsLibreOffice() {
        assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not installed");
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyWordReportOpensInLibreOfficeWithinItsPageLimitsAndPageOneOnOnePage() throws Exception {
        ReportExporter exporter = ReportExporter.standard();
        Map<String, Assessment> cases = new LinkedHashMap<>();
        ReportRendering.shippedExamples().forEach(e -> cases.put(e.name(), e.assessment()));
        cases.put("worst-case", ReportFixtures.worstCase());
        Map<String, Integer> limits = new LinkedHashMap<>();
        Map<String, String> pageOneEnds = new LinkedHashMap<>();
        for (Map.Entry<String, Assessment> c : cases.entrySet()) {
            for (ReportVariant variant : ReportVariant.values()) {
                String name = c.getKey() + "-" + variant.code();
                exporter.export(c.getValue(), ReportFormat.WORD, variant, folder.resolve(name + ".docx"));
                limits.put(name, variant == ReportVariant.SHORT ? 3 : c.getKey().equals("worst-case") ? 15 : 6);
                pageOneEnds.put(name, lastWordsOfPageOne(exporter.content(c.getValue(), variant)));
            }
        }
        convert(limits.keySet());
        List<String> pageCounts = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (String name : limits.keySet()) {
            Path pdf = folder.resolve("pdf").resolve(name + ".pdf");
            assertThat(pdf).as("%s converted; log: %s", name, Files.readString(folder.resolve("soffice.log"))).exists();
            try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
                pageCounts.add(name + ": " + reader.getNumberOfPages());
                softly.assertThat(reader.getNumberOfPages()).as(name).isBetween(1, limits.get(name));
                String pageOne = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
                softly.assertThat(pageOne).as("%s: page 1 ends with the end of the conclusion", name)
                        .contains(pageOneEnds.get(name));
            }
        }
        System.out.println("Word pages in LibreOffice: " + pageCounts);
        softly.assertAll();
    }

    /** The last few words of the last text before the page break: the end of the conclusion. */
    private static String lastWordsOfPageOne(ReportContent content) {
        String last = "";
        for (ReportBlock block : content.blocks()) {
            if (block instanceof ReportBlock.PageBreak) {
                break;
            }
            String text = switch (block) {
                case ReportBlock.Text t -> t.text();
                case ReportBlock.LabelledText l -> l.text();
                default -> "";
            };
            if (!text.isBlank()) {
                last = text;
            }
        }
        String[] words = last.strip().split("\\s+");
        return String.join(" ", List.of(words).subList(Math.max(0, words.length - 3), words.length));
    }

    private static void convert(Iterable<String> names) throws Exception {
        List<String> command = new ArrayList<>(List.of("soffice", "--headless", "-env:UserInstallation=file://"
                + folder.resolve("profile").toAbsolutePath(), "--convert-to", "pdf", "--outdir", folder.resolve("pdf").toString()));
        names.forEach(n -> command.add(folder.resolve(n + ".docx").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
    }
}
