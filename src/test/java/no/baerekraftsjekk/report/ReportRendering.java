package no.baerekraftsjekk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.BkjReader;

/**
 * Writes example reports and turns every page into PNG for a person to look at: pdftoppm for the
 * PDF, LibreOffice for Word. Not a test: run it by hand (it needs poppler-utils and LibreOffice).
 * {@code java -cp ... no.baerekraftsjekk.report.ReportRendering target/rendering}
 */
public final class ReportRendering {
    private ReportRendering() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/rendering");
        Files.createDirectories(folder);
        String longText = "Lang begrunnelse. ".repeat(1100) + "SLUTT.";
        Assessment full = ReportFixtures.fullAssessment();
        Assessment unicode = full.withGoal(full.goal(3).orElseThrow()
                .withJustification("Emoji 😀 og samisk «Sámi giella», gresk αβγ, kinesisk 中文, matematikk ∑√∞.\n" + longText));
        List<Example> examples = new java.util.ArrayList<>(List.of(
                new Example("full", full),
                new Example("exempt-partial", ReportFixtures.exempt(ReportFixtures.partialAssessment())),
                new Example("unicode-long", unicode)));
        // The examples shipped with the program, through the real rules.
        String index = new String(ReportRendering.class.getResourceAsStream("/examples/index.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String file : index.lines().filter(l -> l.endsWith(".bkj")).toList()) {
            byte[] bytes = ReportRendering.class.getResourceAsStream("/examples/" + file).readAllBytes();
            examples.add(new Example("example-" + file.replace(".bkj", ""), new BkjReader().read(bytes).assessment()));
        }
        ReportExporter exporter = ReportExporter.standard();
        for (Example example : examples) {
            Path pdfFile = folder.resolve(example.name() + ".pdf");
            Path docxFile = folder.resolve(example.name() + ".docx");
            if (example.name().startsWith("example-")) {
                exporter.export(example.assessment(), ReportFormat.PDF, pdfFile);
                exporter.export(example.assessment(), ReportFormat.WORD, docxFile);
            } else {
                ReportContent content = ReportFixtures.contentOf(example.assessment());
                try (OutputStream out = Files.newOutputStream(pdfFile)) {
                    new PdfReportWriter(ReportFixtures.TEXTS).write(content, out);
                }
                try (OutputStream out = Files.newOutputStream(docxFile)) {
                    new WordReportWriter(ReportFixtures.TEXTS).write(content, out);
                }
            }
            run(folder, "pdftoppm", "-png", "-r", "60", pdfFile.getFileName().toString(), example.name() + "-pdf");
            Path wordPdf = folder.resolve("word");
            Files.createDirectories(wordPdf);
            run(folder, "libreoffice", "--headless", "--convert-to", "pdf", "--outdir", "word", docxFile.getFileName().toString());
            run(wordPdf, "pdftoppm", "-png", "-r", "60", example.name() + ".pdf", example.name() + "-docx");
        }
    }

    private static void run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("Failed: " + String.join(" ", command));
        }
    }

    private record Example(String name, Assessment assessment) {
    }
}
