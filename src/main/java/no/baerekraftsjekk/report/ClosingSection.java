package no.baerekraftsjekk.report;

import java.util.List;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.guidance.StepHelp;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;

/**
 * The chapters after the conflicts: collaboration when written, the description and conclusion in
 * full when page 1 had to shorten them, the goals left out and why, and the note on method and scale.
 */
final class ClosingSection {
    private ClosingSection() {
    }

    static void addTo(List<ReportBlock> blocks, ReportSource source) {
        String collaboration = source.assessment().collaboration();
        if (!collaboration.isBlank()) {
            blocks.add(new Heading(1, source.labels().text("section.collaboration")));
            blocks.add(new Text(collaboration.strip(), TextStyle.BODY));
        }
        String description = source.assessment().caseInfo().description();
        if (Shortened.isNeeded(description, SummarySection.DESCRIPTION_ON_SUMMARY)) {
            blocks.add(new Heading(1, source.labels().text("section.description")));
            blocks.add(new Text(description.strip(), TextStyle.BODY));
        }
        String conclusion = source.assessment().conclusion();
        if (Shortened.isNeeded(conclusion, SummarySection.CONCLUSION_ON_SUMMARY)) {
            blocks.add(new Heading(1, source.labels().text("section.conclusion")));
            blocks.add(new Text(conclusion.strip(), TextStyle.BODY));
        }
        addKnowledgeGap(blocks, source);
        addGoalsLeftOut(blocks, source);
        addMethod(blocks, source);
    }

    private static void addGoalsLeftOut(List<ReportBlock> blocks, ReportSource source) {
        List<GoalAssessment> notRelevant = source.notRelevantGoals();
        List<Integer> notAssessed = source.notAssessedGoals();
        if (notRelevant.isEmpty() && notAssessed.isEmpty()) {
            return;
        }
        blocks.add(new Heading(1, source.labels().text("section.other")));
        if (!notRelevant.isEmpty()) {
            blocks.add(new Heading(2, source.labels().text("section.notRelevant")));
            // The reasons given, goal by goal; the goals without one are named once, not as rows of dashes.
            List<GoalAssessment> reasoned = notRelevant.stream().filter(g -> !g.justification().isBlank()).toList();
            List<Integer> unreasoned = notRelevant.stream().filter(g -> g.justification().isBlank())
                    .map(GoalAssessment::goal).toList();
            if (!reasoned.isEmpty()) {
                List<List<String>> rows = reasoned.stream()
                        .map(g -> List.of(source.goalName(g.goal()), g.justification().strip()))
                        .toList();
                blocks.add(new Table(List.of(source.labels().text("table.goal"), source.labels().text("windowSmall.notRelevant.reason")),
                        rows, List.of(2, 3)));
            }
            if (!unreasoned.isEmpty()) {
                String names = String.join("\n", unreasoned.stream().map(source::goalName).toList());
                blocks.add(new Text(reasoned.isEmpty() ? names
                        : source.labels().text("windowSmall.notRelevant.withoutReason") + "\n" + names, TextStyle.BODY));
            }
        }
        if (!notAssessed.isEmpty()) {
            blocks.add(new Heading(2, source.labels().text("section.notAssessed")));
            blocks.add(new Text(String.join("\n", notAssessed.stream().map(source::goalName).toList()), TextStyle.BODY));
        }
    }

    /**
     * The goals rated with «vet ikke» (format version 2's UNKNOWN), each with its justification,
     * which should say what is missing: a decision resting on a guess must say so where it is read.
     */
    private static void addKnowledgeGap(List<ReportBlock> blocks, ReportSource source) {
        List<Integer> unknown = source.goalsWith(GoalEffect.Confidence.UNKNOWN);
        if (unknown.isEmpty()) {
            return;
        }
        blocks.add(new Heading(1, source.labels().text("windowSmall.gap.title")));
        blocks.add(new Text(source.labels().text("windowSmall.gap.intro"), TextStyle.BODY));
        List<List<String>> rows = unknown.stream().map(goal -> {
            String missing = source.assessment().goal(goal).map(GoalAssessment::justification).orElse("").strip();
            return List.of(source.goalName(goal), missing.isEmpty() ? source.labels().text("windowSmall.gap.noText") : missing);
        }).toList();
        blocks.add(new Table(List.of(source.labels().text("table.goal"), source.labels().text("windowSmall.gap.missing")),
                rows, List.of(2, 3)));
    }

    /**
     * The method in the guidance's words, and the scales of effect and certainty in one table. The
     * horizon's three values say what they mean in their own names, so they get no rows.
     */
    private static void addMethod(List<ReportBlock> blocks, ReportSource source) {
        StepHelp help = source.guidance().help();
        blocks.add(new Heading(1, source.labels().text("section.method")));
        // The same for every report, so it is set as a note: it explains, the case is elsewhere.
        blocks.add(new Text(help.method(), TextStyle.NOTE));
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int n = 0; n <= 3; n++) {
            rows.add(List.of(source.labels().text("method.effect") + ": " + source.labels().effect(n), help.effectScale(n)));
        }
        for (Certainty c : Certainty.values()) {
            rows.add(List.of(source.labels().text("section.method.certainty") + ": " + source.labels().certainty(c), help.certainty(c.name())));
        }
        blocks.add(new Table(List.of(source.labels().text("table.level"), source.labels().text("table.text")), rows, List.of(2, 5)));
    }
}
