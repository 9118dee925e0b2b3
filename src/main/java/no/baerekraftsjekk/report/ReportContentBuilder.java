package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.report.ReportBlock.PageBreak;

/**
 * Builds the one format-neutral report both writers render: the one-page summary, then goal by goal,
 * the dimensions, the conflicts, collaboration, the goals left out, and the note on method and scale.
 * It derives nothing itself: conflicts, their order and the dimension levels come from the analysis.
 */
public final class ReportContentBuilder {
    private final ReportGuidance guidance;
    private final ReportLabels labels;

    /** A builder for reports in the language of {@code texts}; {@code guidance} should be in the same language. */
    public ReportContentBuilder(ReportGuidance guidance, Texts texts) {
        this.guidance = Objects.requireNonNull(guidance, "guidance");
        this.labels = new ReportLabels(texts);
    }

    public ReportContent build(Assessment assessment, Analysis analysis) {
        ReportSource source = new ReportSource(assessment, analysis, guidance, labels);
        List<ReportBlock> blocks = new ArrayList<>();
        SummarySection.addTo(blocks, source);
        blocks.add(new PageBreak());
        GoalSection.addTo(blocks, source);
        DimensionSection.addTo(blocks, source);
        ConflictSection.addTo(blocks, source);
        ClosingSection.addTo(blocks, source);
        return new ReportContent(metadata(assessment), blocks);
    }

    private ReportMetadata metadata(Assessment assessment) {
        CaseInfo info = assessment.caseInfo();
        Optional<String> exemption = !info.isExempt() ? Optional.empty()
                : Optional.of(info.exemptionBasis().isBlank()
                        ? labels.text("exempt.noBasis")
                        : labels.text("exempt", info.exemptionBasis().strip()));
        String caption = info.caseNumber().isBlank() ? info.title()
                : labels.text("footer.caption", info.caseNumber(), info.title());
        return new ReportMetadata(
                labels.text("kicker") + ": " + info.title(),
                info.caseworker(),
                labels.text("subject"),
                labels.texts().language().locale().toLanguageTag(),
                exemption,
                caption);
    }
}
