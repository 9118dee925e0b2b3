package no.baerekraftsjekk.report;

import java.util.List;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.analysis.DimensionLevel;
import no.baerekraftsjekk.report.ReportBlock.Field;
import no.baerekraftsjekk.report.ReportBlock.Fields;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;

/** The chapter on environment and climate, social and economic: the derived levels and the caseworker's text. */
final class DimensionSection {
    private DimensionSection() {
    }

    static void addTo(List<ReportBlock> blocks, ReportSource source) {
        blocks.add(new Heading(1, source.labels().text("section.dimensions")));
        blocks.add(new Text(source.labels().text("section.dimensions.intro"), TextStyle.NOTE));
        for (Dimension d : Dimension.values()) {
            DimensionLevel level = source.analysis().dimensions().getOrDefault(d, new DimensionLevel(d, 0, 0));
            List<Integer> goals = source.guidance().dimensions().goalsByDimension().getOrDefault(d, List.of());
            blocks.add(new Heading(2, source.labels().dimension(d)));
            blocks.add(new Fields(List.of(
                    new Field(source.labels().text("field.positive"), source.labels().effect(level.positive())),
                    new Field(source.labels().text("field.negative"), source.labels().effect(level.negative())),
                    new Field(source.labels().text("field.goalsInDimension"),
                            String.join("\n", goals.stream().map(n -> n + " " + source.goalTitle(n)).toList())))));
            blocks.add(new Text(source.labels().orEmptyNote(source.assessment().dimensionText(d)), TextStyle.BODY));
        }
    }
}
