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

    private Table comparisonTable(CaseAnalysis analysis) {
        List<AlternativeColumn> columns = analysis.comparison().columns();
        List<String> header = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        header.add(texts.get("alternatives.window.goal"));
        widths.add(4);
        for (AlternativeColumn column : columns) {
            header.add(column.zero() ? texts.get("alternatives.report.zeroLabel", column.label()) : column.label());
            widths.add(3);
        }
        header.add(texts.get("alternatives.window.difference"));
        widths.add(3);
        List<List<String>> rows = new ArrayList<>();
        for (GoalComparison goal : analysis.comparison().goals()) {
            List<String> row = new ArrayList<>();
            row.add(goal.goal() + " " + guidance.reference().goalTitle(goal.goal()));
            for (int c = 0; c < columns.size(); c++) {
                row.add(texts.get("alternatives.window.effects", texts.effect(goal.positive().get(c)), texts.effect(goal.negative().get(c))));
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
                row.add(texts.get("alternatives.window.effects", texts.effect(level.positive()), texts.effect(level.negative())));
            }
            row.add("");
            rows.add(row);
        }
        return new Table(header, rows, widths);
    }
}
