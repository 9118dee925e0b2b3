package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.AlternativeColumn;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.CaseAnalysis;
import no.baerekraftsjekk.domain.analysis.DimensionLevel;
import no.baerekraftsjekk.domain.analysis.GoalComparison;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.report.ReportBlock.ComparedGoal;
import no.baerekraftsjekk.report.ReportBlock.ComparisonChart;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.LabelledText;
import no.baerekraftsjekk.report.ReportBlock.PageBreak;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;
import no.baerekraftsjekk.report.ReportBlock.Title;

/**
 * The report of a case with alternatives: first one page comparing them (goal by goal, positive and
 * negative of each side by side, never netted, with the differences named; conflicts and dimensions;
 * the recommendation and why), then each alternative's own report as {@link ReportContentBuilder}
 * makes it for one assessment. Uses the block types both writers know, so neither writer changes.
 */
final class CaseReportBuilder {
    private final ReportContentBuilder single;
    private final ReportGuidance guidance;
    private final ReportLabels labels;
    private final Texts texts;

    CaseReportBuilder(ReportContentBuilder single, ReportGuidance guidance, Texts texts) {
        this.single = single;
        this.guidance = guidance;
        this.labels = new ReportLabels(texts);
        this.texts = texts;
    }

    ReportContent build(Assessment ofCase, CaseAnalysis analysis, AssessmentAnalyzer analyzer, ReportVariant variant) {
        List<ReportBlock> blocks = new ArrayList<>();
        CaseInfo info = ofCase.caseInfo();
        blocks.add(new Text(ofCase.status() == Status.DRAFT ? labels.text("kicker.draft") : labels.text("kicker"), TextStyle.KICKER));
        blocks.add(new Title(info.title().isBlank() ? labels.text("fileName.untitled") : info.title()));
        ReportContentBuilder.exemptionNotice(info, labels).ifPresent(n -> blocks.add(new Text(n, TextStyle.NOTICE)));
        blocks.add(new Heading(1, texts.get("alternatives.report.comparison")));
        blocks.add(new Text(texts.get("alternatives.report.comparison.intro", ofCase.alternatives().size()), TextStyle.BODY));
        blocks.add(comparisonChart(analysis));
        blocks.add(new Text(texts.get("alternatives.report.chart.levels"), TextStyle.NOTE));
        blocks.add(comparisonTable(analysis));
        blocks.add(new Heading(1, texts.get("alternatives.report.recommendation")));
        if (ofCase.recommendation().isChosen()) {
            blocks.add(new LabelledText(texts.get("alternatives.report.recommended"), ofCase.recommendation().alternative()));
        } else {
            blocks.add(new Text(texts.get("alternatives.report.noRecommendation"), TextStyle.NOTE));
        }
        if (ofCase.recommendation().hasReason()) {
            blocks.add(new LabelledText(texts.get("alternatives.report.reason"), ofCase.recommendation().reason()));
        }
        for (int i = 0; i < ofCase.alternatives().size(); i++) {
            Alternative alternative = ofCase.alternatives().get(i);
            Assessment alone = ofCase.alternativeAsAssessment(i).withStatus(ofCase.status());
            String label = alternative.zero() ? texts.get("alternatives.report.zeroLabel", alternative.label()) : alternative.label();
            alone = alone.withCaseInfo(info.withTitle(texts.get("alternatives.report.sectionTitle", info.title(), label)));
            if (!alternative.description().isBlank()) {
                alone = alone.withCaseInfo(alone.caseInfo().withDescription(alternative.description()));
            }
            blocks.add(new PageBreak());
            blocks.addAll(single.build(alone, analyzer.analyse(alone), variant).blocks());
        }
        return new ReportContent(single.build(ofCase.withAlternatives(List.of()), analyzer.analyse(ofCase.withAlternatives(List.of())),
                variant).metadata(), blocks);
    }

    /** The same goals as the table, drawn: each alternative's positive and negative side by side. */
    private ComparisonChart comparisonChart(CaseAnalysis analysis) {
        List<AlternativeColumn> columns = analysis.comparison().columns();
        List<String> names = columns.stream().map(this::name).toList();
        List<ComparedGoal> goals = new ArrayList<>();
        for (GoalComparison goal : analysis.comparison().goals()) {
            var reference = guidance.goals().all().stream().filter(g -> g.number() == goal.goal()).findFirst().orElseThrow();
            goals.add(new ComparedGoal(goal.goal(), guidance.reference().goalTitle(goal.goal()), reference.colour(),
                    reference.textColour(), goal.positive(), goal.negative()));
        }
        List<String> parts = new ArrayList<>();
        parts.add(texts.get("alternatives.report.chart.alt.intro", columns.size(), goals.size()));
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            long gains = goals.stream().filter(g -> g.positive().get(index) > 0).count();
            long losses = goals.stream().filter(g -> g.negative().get(index) > 0).count();
            parts.add(texts.get("alternatives.report.chart.alt.alternative", names.get(c), gains, losses));
        }
        parts.add(texts.get("alternatives.report.chart.alt.table"));
        return new ComparisonChart(texts.get("alternatives.report.chart"), String.join(" ", parts),
                texts.get("alternatives.report.chart.positive"), texts.get("alternatives.report.chart.negative"), names, goals);
    }

    /**
     * Both sides as the chart writes them, "+1 / −2", never netted: short enough that five
     * alternatives and 17 goals keep the comparison on one page. The note above the table says
     * what the numbers mean in words.
     */
    static String levels(int positive, int negative) {
        return (positive > 0 ? ConflictLines.signed(positive) : "0") + " / " + (negative > 0 ? ConflictLines.signed(-negative) : "0");
    }

    private String name(AlternativeColumn column) {
        return column.zero() ? texts.get("alternatives.report.zeroLabel", column.label()) : column.label();
    }

    private Table comparisonTable(CaseAnalysis analysis) {
        List<AlternativeColumn> columns = analysis.comparison().columns();
        List<String> header = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        header.add(texts.get("alternatives.window.goal"));
        widths.add(5);
        for (AlternativeColumn column : columns) {
            header.add(name(column));
            widths.add(columns.size() > 3 ? 2 : 3);
        }
        header.add(texts.get("alternatives.window.difference"));
        widths.add(columns.size() > 3 ? 4 : 3);
        List<List<String>> rows = new ArrayList<>();
        for (GoalComparison goal : analysis.comparison().goals()) {
            List<String> row = new ArrayList<>();
            row.add(goal.goal() + " " + guidance.reference().goalTitle(goal.goal()));
            for (int c = 0; c < columns.size(); c++) {
                row.add(levels(goal.positive().get(c), goal.negative().get(c)));
            }
            row.add(goal.positiveDiffers() && goal.negativeDiffers() ? texts.get("alternatives.window.difference.both")
                    : goal.negativeDiffers() ? texts.get("alternatives.window.difference.negative")
                    : goal.positiveDiffers() ? texts.get("alternatives.window.difference.positive") : "");
            rows.add(row);
        }
        List<String> conflicts = new ArrayList<>();
        conflicts.add(texts.get("alternatives.window.conflicts"));
        columns.forEach(c -> conflicts.add(texts.get("alternatives.window.conflictCounts", c.conflicts(), c.handled(), c.needingHandling())));
        conflicts.add("");
        rows.add(conflicts);
        for (Dimension dimension : Dimension.values()) {
            List<String> row = new ArrayList<>();
            row.add(texts.name(dimension));
            for (AlternativeColumn column : columns) {
                DimensionLevel level = column.level(dimension);
                row.add(levels(level.positive(), level.negative()));
            }
            row.add("");
            rows.add(row);
        }
        return new Table(header, rows, widths);
    }
}
