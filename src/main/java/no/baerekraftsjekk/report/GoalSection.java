package no.baerekraftsjekk.report;

import static no.baerekraftsjekk.report.ReportLabels.text;

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
        blocks.add(new Heading(1, text("section.goals")));
        List<GoalAssessment> relevant = source.relevantGoals();
        if (relevant.isEmpty()) {
            blocks.add(new Text(text("section.goals.none"), TextStyle.BODY));
        }
        for (GoalAssessment rated : relevant) {
            Goal goal = source.goal(rated.goal());
            blocks.add(new GoalTile(goal.number(), goal.titleNb(), goal.colour(), goal.textColour()));
            blocks.add(new Fields(List.of(
                    new Field(text("field.relevance"), ReportLabels.relevance(rated.relevance())),
                    new Field(text("field.positive"), ReportLabels.effect(rated.positive())),
                    new Field(text("field.negative"), ReportLabels.effect(rated.negative())),
                    new Field(text("field.certainty"), ReportLabels.certainty(rated.certainty())),
                    new Field(text("field.horizon"), ReportLabels.horizon(rated.horizon())),
                    new Field(text("field.targets"), targets(rated, source)))));
            blocks.add(new LabelledText(text("field.justification"), ReportLabels.orEmptyNote(rated.justification())));
            blocks.add(new LabelledText(text("field.measures"), ReportLabels.orEmptyNote(rated.measures())));
        }
    }

    private static String targets(GoalAssessment rated, ReportSource source) {
        if (rated.targets().isEmpty()) {
            return text("value.none");
        }
        return String.join("\n", rated.targets().stream().map(source.guidance()::targetWithLabel).toList());
    }
}
