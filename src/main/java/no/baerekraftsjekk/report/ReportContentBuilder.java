package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.report.ReportBlock.PageBreak;

/**
 * Builds the one format-neutral report both writers render. «Kort»: page 1 and the conflicts that need
 * weighing. «Full»: page 1, then goal by goal, the conflicts, the dimensions, collaboration, the texts
 * shortened on page 1 in full, the goals left out, and the note on method and scale.
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
        return build(assessment, analysis, ReportVariant.FULL);
    }

    public ReportContent build(Assessment assessment, Analysis analysis, ReportVariant variant) {
        ReportSource source = new ReportSource(assessment, analysis, guidance, labels, variant);
        List<ReportBlock> blocks = new ArrayList<>();
        SummarySection.addTo(blocks, source);
        if (variant == ReportVariant.SHORT) {
            if (ConflictSection.hasConflictsToWeigh(source) || LocalGoalSection.applies(source)) {
                blocks.add(new PageBreak());
                LocalGoalSection.addTo(blocks, source);
                if (ConflictSection.hasConflictsToWeigh(source)) {
                    ConflictSection.addWeighingOnly(blocks, source);
                }
            }
        } else {
            blocks.add(new PageBreak());
            LocalGoalSection.addTo(blocks, source);
            GoalSection.addTo(blocks, source);
            ConflictSection.addTo(blocks, source);
            DimensionSection.addTo(blocks, source);
            ClosingSection.addTo(blocks, source);
        }
        return new ReportContent(metadata(assessment), blocks);
    }

    /** "Unntatt offentlighet, Offl. § 14", or without a basis when none is given; empty for an open case. */
    static Optional<String> exemptionNotice(CaseInfo info, ReportLabels labels) {
        return !info.isExempt() ? Optional.empty()
                : Optional.of(info.exemptionBasis().isBlank()
                        ? labels.text("exempt.noBasis")
                        : labels.text("exempt", info.exemptionBasis().strip()));
    }

    private ReportMetadata metadata(Assessment assessment) {
        CaseInfo info = assessment.caseInfo();
        String caption = info.caseNumber().isBlank() ? info.title()
                : labels.text("footer.caption", info.caseNumber(), info.title());
        String organisation = String.join(", ", List.of(info.organisation(), info.unit()).stream()
                .filter(s -> !s.isBlank()).map(String::strip).toList());
        // An archive needs someone responsible: the caseworker, else the organisation.
        String author = !info.caseworker().isBlank() ? info.caseworker().strip() : organisation;
        Optional<String> basis = info.isExempt() && !info.exemptionBasis().isBlank()
                ? Optional.of(info.exemptionBasis().strip()) : Optional.empty();
        Optional<String> draft = assessment.status() == Status.DRAFT
                ? Optional.of(labels.text("draft")) : Optional.empty();
        return new ReportMetadata(
                labels.text("kicker") + ": " + info.title(),
                author,
                labels.text("subject"),
                labels.texts().language().locale().toLanguageTag(),
                info.caseNumber().strip(),
                organisation,
                exemptionNotice(info, labels),
                basis,
                caption,
                draft);
    }
}
