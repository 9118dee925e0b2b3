package no.baerekraftsjekk.report;

import java.util.List;
import java.util.stream.Stream;

/**
 * A whole report, format-neutral: built once by {@link ReportContentBuilder}, rendered by
 * {@link WordReportWriter} and {@link PdfReportWriter}.
 */
public record ReportContent(ReportMetadata metadata, List<ReportBlock> blocks) {

    public ReportContent {
        blocks = List.copyOf(blocks);
    }

    /** Every piece of text a reader sees in the body, in order; what the tests compare both formats against. */
    public Stream<String> texts() {
        return blocks.stream().flatMap(ReportContent::textsOf);
    }

    private static Stream<String> textsOf(ReportBlock block) {
        return switch (block) {
            case ReportBlock.Title t -> Stream.of(t.text());
            case ReportBlock.Heading h -> Stream.of(h.text());
            case ReportBlock.Text t -> Stream.of(t.text());
            case ReportBlock.LabelledText l -> Stream.of(l.label(), l.text());
            case ReportBlock.Fields f -> f.fields().stream().flatMap(x -> Stream.of(x.label(), x.value()));
            case ReportBlock.Table t -> Stream.concat(t.header().stream(), t.rows().stream().flatMap(List::stream));
            case ReportBlock.GoalTile g -> Stream.of(g.headingText());
            case ReportBlock.EffectChart c -> Stream.of(c.title());
            // Its numbers and names are the comparison table's, which follows it.
            case ReportBlock.ComparisonChart c -> Stream.empty();
            case ReportBlock.PageBreak p -> Stream.empty();
        };
    }
}
