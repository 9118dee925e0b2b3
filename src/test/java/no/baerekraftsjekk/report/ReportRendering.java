package no.baerekraftsjekk.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.BkjReader;

/**
 * Writes the shipped examples and the worst case in both variants and both formats, and turns every
 * page into PNG, in colour and in greyscale, for a person to look at: pdftoppm for the PDF,
 * LibreOffice for Word. Not a test: run it by hand (it needs poppler-utils and LibreOffice).
 * {@code java -cp ... no.baerekraftsjekk.report.ReportRendering target/rendering}
 */
public final class ReportRendering {
    private ReportRendering() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/rendering");
        boolean pdfOnly = args.length > 1 && args[1].equals("pdf-only");
        Files.createDirectories(folder.resolve("word"));
        List<Example> examples = new ArrayList<>(shippedExamples());
        examples.add(new Example("worst-case", ReportFixtures.worstCase()));
        examples.add(new Example("minimal", Assessment.newDraft("Tom sak")));
        ReportExporter exporter = ReportExporter.standard();
        for (Example example : examples) {
            for (ReportVariant variant : ReportVariant.values()) {
                String name = example.name() + "-" + variant.code();
                Path pdf = folder.resolve(name + ".pdf");
                Path docx = folder.resolve(name + ".docx");
                exporter.export(example.assessment(), ReportFormat.PDF, variant, pdf);
                exporter.export(example.assessment(), ReportFormat.WORD, variant, docx);
                if (pdfOnly) {
                    continue;
                }
                run(folder, "pdftoppm", "-png", "-r", "70", pdf.getFileName().toString(), name + "-pdf");
                run(folder, "pdftoppm", "-png", "-gray", "-r", "70", pdf.getFileName().toString(), name + "-pdf-gray");
                run(folder, "soffice", "--headless", "--convert-to", "pdf", "--outdir", "word", docx.getFileName().toString());
                run(folder.resolve("word"), "pdftoppm", "-png", "-r", "70", name + ".pdf", name + "-docx");
                run(folder.resolve("word"), "pdftoppm", "-png", "-gray", "-r", "70", name + ".pdf", name + "-docx-gray");
            }
        }
    }

    static List<Example> shippedExamples() throws IOException {
        String index = new String(ReportRendering.class.getResourceAsStream("/examples/index.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        // A line is the file's name, then after a tab its title (see ExampleAssessments).
        for (String file : index.lines().map(l -> l.split("\t", 2)[0].strip()).filter(l -> l.endsWith(".bkj")).toList()) {
            byte[] bytes = ReportRendering.class.getResourceAsStream("/examples/" + file).readAllBytes();
            try {
                examples.add(new Example(file.replace(".bkj", ""), new BkjReader().read(bytes).assessment()));
            } catch (no.baerekraftsjekk.domain.format.InvalidAssessmentFileException e) {
                throw new IOException(file + " is not valid", e);
            }
        }
        return examples;
    }

    private static void run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IOException("Failed: " + String.join(" ", command));
        }
    }

    record Example(String name, Assessment assessment) {
    }
}
