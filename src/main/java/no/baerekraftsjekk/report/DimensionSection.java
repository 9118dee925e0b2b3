package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.analysis.DimensionLevel;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.LabelledText;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;

/**
 * The chapter on environment and climate, social and economic: one table with each dimension's levels
 * and goals, then the caseworker's text for each dimension that has one.
 */
final class DimensionSection {
    private DimensionSection() {
    }

    static void addTo(List<ReportBlock> blocks, ReportSource source) {
        blocks.add(new Heading(1, source.labels().text("section.dimensions")));
        blocks.add(new Text(source.labels().text("section.dimensions.intro"), TextStyle.NOTE));
        List<List<String>> rows = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            DimensionLevel level = source.analysis().level(d);
            boolean assessed = source.anyAssessedIn(d);
            List<Integer> goals = source.guidance().dimensions().goalsByDimension().getOrDefault(d, List.of());
            rows.add(List.of(source.labels().dimension(d),
                    assessed ? source.labels().effect(level.positive()) : source.labels().text("chart.notAssessed"),
                    assessed ? source.labels().effect(level.negative()) : source.labels().text("chart.notAssessed"),
                    String.join(", ", goals.stream().map(String::valueOf).toList())));
        }
        blocks.add(new Table(List.of(source.labels().text("table.dimension"), source.labels().text("field.positive"), source.labels().text("field.negative"),
                source.labels().text("field.goalsInDimension")), rows, List.of(4, 3, 3, 4)));
        for (Dimension d : Dimension.values()) {
            String own = source.assessment().dimensionText(d);
            if (!own.isBlank()) {
                blocks.add(new LabelledText(source.labels().dimension(d), own.strip()));
            }
        }
    }
}
