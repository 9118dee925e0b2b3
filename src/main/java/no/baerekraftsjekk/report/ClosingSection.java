package no.baerekraftsjekk.report;

import java.util.List;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.guidance.StepHelp;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;

/** The chapters after the conflicts: collaboration, the goals left out and why, and the note on method and scale. */
final class ClosingSection {
    private ClosingSection() {
    }

    static void addTo(List<ReportBlock> blocks, ReportSource source) {
        blocks.add(new Heading(1, source.labels().text("section.collaboration")));
        blocks.add(new Text(source.labels().orEmptyNote(source.assessment().collaboration()), TextStyle.BODY));
        addGoalsLeftOut(blocks, source);
        addMethod(blocks, source);
    }

    private static void addGoalsLeftOut(List<ReportBlock> blocks, ReportSource source) {
        blocks.add(new Heading(1, source.labels().text("section.other")));
        blocks.add(new Heading(2, source.labels().text("section.notRelevant")));
        List<GoalAssessment> notRelevant = source.notRelevantGoals();
        if (notRelevant.isEmpty()) {
            blocks.add(new Text(source.labels().text("section.notRelevant.none"), TextStyle.BODY));
        } else {
            List<List<String>> rows = notRelevant.stream()
                    .map(g -> List.of(source.goalName(g.goal()), source.labels().orNone(g.justification())))
                    .toList();
            blocks.add(new Table(List.of(source.labels().text("table.goal"), source.labels().text("field.justification")), rows, List.of(2, 3)));
        }
        blocks.add(new Heading(2, source.labels().text("section.notAssessed")));
        List<Integer> notAssessed = source.notAssessedGoals();
        if (notAssessed.isEmpty()) {
            blocks.add(new Text(source.labels().text("section.notAssessed.none"), TextStyle.BODY));
        } else {
            List<List<String>> rows = notAssessed.stream().map(n -> List.of(source.goalName(n))).toList();
            blocks.add(new Table(List.of(source.labels().text("table.goal")), rows, List.of(1)));
        }
    }

    private static void addMethod(List<ReportBlock> blocks, ReportSource source) {
        StepHelp help = source.guidance().help();
        blocks.add(new Heading(1, source.labels().text("section.method")));
        blocks.add(new Text(help.method(), TextStyle.BODY));
        blocks.add(new Heading(2, source.labels().text("section.method.effect")));
        blocks.add(new Table(List.of(source.labels().text("table.level"), source.labels().text("table.text")),
                List.of(0, 1, 2, 3).stream().map(n -> List.of(source.labels().effect(n), help.effectScale(n))).toList(),
                List.of(1, 4)));
        blocks.add(new Heading(2, source.labels().text("section.method.certainty")));
        blocks.add(new Table(List.of(source.labels().text("table.level"), source.labels().text("table.text")),
                List.of(Certainty.values()).stream().map(c -> List.of(source.labels().certainty(c), help.certainty(c.name()))).toList(),
                List.of(1, 4)));
        blocks.add(new Heading(2, source.labels().text("section.method.horizon")));
        blocks.add(new Table(List.of(source.labels().text("table.level"), source.labels().text("table.text")),
                List.of(Horizon.values()).stream().map(h -> List.of(source.labels().horizon(h), help.horizon(h.name()))).toList(),
                List.of(1, 4)));
    }
}
