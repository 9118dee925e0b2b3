package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.report.ReportBlock.GoalTile;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.LabelledText;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;

/**
 * The chapter with the assessment of each relevant goal: its tile, its ratings on one line, its
 * targets, and the justification and measures when written. A field left empty is left out.
 */
final class GoalSection {
    private GoalSection() {
    }

    static void addTo(List<ReportBlock> blocks, ReportSource source) {
        blocks.add(new Heading(1, source.labels().text("section.goals")));
        List<GoalAssessment> relevant = source.relevantGoals();
        if (relevant.isEmpty()) {
            blocks.add(new Text(source.labels().text(source.assessment().goals().isEmpty() ? "coverage.none" : "section.goals.none"),
                    TextStyle.BODY));
        }
        for (GoalAssessment rated : relevant) {
            Goal goal = source.goal(rated.goal());
            blocks.add(new GoalTile(goal.number(), source.goalTitle(goal.number()), goal.colour(), goal.textColour()));
            blocks.add(new Text(ratings(source, rated), TextStyle.NOTE));
            if (!rated.targets().isEmpty()) {
                blocks.add(new LabelledText(source.labels().text("field.targets"),
                        String.join("; ", rated.targets().stream().map(source.guidance()::targetWithLabel).toList())));
            }
            if (!rated.justification().isBlank()) {
                blocks.add(new LabelledText(source.labels().text("field.justification"), rated.justification().strip()));
            }
            if (!rated.measures().isBlank()) {
                blocks.add(new LabelledText(source.labels().text("field.measures"), rated.measures().strip()));
            }
        }
    }

    /** "Direkte · Positiv virkning: 2 – middels · Negativ virkning: 0 – ingen · Sikkerhet: Lav · Lang sikt". */
    static String ratings(ReportSource source, GoalAssessment rated) {
        List<String> parts = new ArrayList<>();
        parts.add(source.labels().text("field.relevance") + ": " + source.labels().relevance(rated.relevance()));
        parts.add(source.labels().text("field.positive") + ": " + source.labels().effect(rated.positive()));
        parts.add(source.labels().text("field.negative") + ": " + source.labels().effect(rated.negative()));
        if (rated.certainty() != null) {
            parts.add(source.labels().text("field.certainty") + ": " + source.labels().certainty(rated.certainty()));
        }
        if (rated.horizon() != null) {
            parts.add(source.labels().text("field.horizon") + ": " + source.labels().horizon(rated.horizon()));
        }
        return String.join(" · ", parts);
    }
}
