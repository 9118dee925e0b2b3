package no.baerekraftsjekk.report;

import java.util.List;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.report.ReportBlock.Field;
import no.baerekraftsjekk.report.ReportBlock.Fields;
import no.baerekraftsjekk.report.ReportBlock.GoalTile;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.LabelledText;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;

/** The chapter with the assessment of each relevant goal, one goal tile and its ratings and texts each. */
final class GoalSection {
    private GoalSection() {
    }

    static void addTo(List<ReportBlock> blocks, ReportSource source) {
        blocks.add(new Heading(1, source.labels().text("section.goals")));
        List<GoalAssessment> relevant = source.relevantGoals();
        if (relevant.isEmpty()) {
            blocks.add(new Text(source.labels().text("section.goals.none"), TextStyle.BODY));
        }
        for (GoalAssessment rated : relevant) {
            Goal goal = source.goal(rated.goal());
            blocks.add(new GoalTile(goal.number(), source.goalTitle(goal.number()), goal.colour(), goal.textColour()));
            blocks.add(new Fields(List.of(
                    new Field(source.labels().text("field.relevance"), source.labels().relevance(rated.relevance())),
                    new Field(source.labels().text("field.positive"), source.labels().effect(rated.positive())),
                    new Field(source.labels().text("field.negative"), source.labels().effect(rated.negative())),
                    new Field(source.labels().text("field.certainty"), source.labels().certainty(rated.certainty())),
                    new Field(source.labels().text("field.horizon"), source.labels().horizon(rated.horizon())),
                    new Field(source.labels().text("field.targets"), targets(rated, source)))));
            blocks.add(new LabelledText(source.labels().text("field.justification"), source.labels().orEmptyNote(rated.justification())));
            blocks.add(new LabelledText(source.labels().text("field.measures"), source.labels().orEmptyNote(rated.measures())));
        }
    }

    private static String targets(GoalAssessment rated, ReportSource source) {
        if (rated.targets().isEmpty()) {
            return source.labels().text("value.none");
        }
        return String.join("\n", rated.targets().stream().map(source.guidance()::targetWithLabel).toList());
    }
}
