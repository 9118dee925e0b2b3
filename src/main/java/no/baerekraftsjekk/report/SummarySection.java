package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.DimensionLevel;
import no.baerekraftsjekk.report.ReportBlock.EffectChart;
import no.baerekraftsjekk.report.ReportBlock.Field;
import no.baerekraftsjekk.report.ReportBlock.Fields;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;

/**
 * The first page: the case, the picture of all 17 goals, the three dimensions, the strongest goal
 * conflicts and the conclusion. What a politician reads when they read nothing else.
 */
final class SummarySection {
    /** More rows than this would push the conclusion off the first page; the rest are in their chapter. */
    static final int MAX_CONFLICTS_ON_SUMMARY = 3;

    private SummarySection() {
    }

    static void addTo(List<ReportBlock> blocks, ReportSource source) {
        CaseInfo info = source.assessment().caseInfo();
        blocks.add(new Text(source.labels().text("kicker"), TextStyle.KICKER));
        blocks.add(new Heading(1, info.title()));
        blocks.add(new Fields(caseFields(source), 2));
        blocks.add(chart(source));
        blocks.add(new Heading(2, source.labels().text("summary.dimensions")));
        blocks.add(dimensionTable(source));
        blocks.add(new Heading(2, source.labels().text("summary.conflicts")));
        addConflicts(blocks, source);
        blocks.add(new Heading(2, source.labels().text("summary.conclusion")));
        blocks.add(new Text(source.labels().orEmptyNote(source.assessment().conclusion()), TextStyle.BODY));
    }

    private static List<Field> caseFields(ReportSource source) {
        CaseInfo info = source.assessment().caseInfo();
        String organisation = String.join(", ", List.of(info.organisation(), info.unit()).stream()
                .filter(s -> !s.isBlank()).toList());
        return List.of(
                new Field(source.labels().text("field.caseNumber"), source.labels().orNone(info.caseNumber())),
                new Field(source.labels().text("field.organisation"), source.labels().orNone(organisation)),
                new Field(source.labels().text("field.caseType"), source.labels().caseType(info.caseType())),
                new Field(source.labels().text("field.caseworker"), source.labels().orNone(info.caseworker())),
                new Field(source.labels().text("field.date"), source.labels().date(info.date())),
                new Field(source.labels().text("field.status"), source.labels().status(source.assessment().status())));
    }

    static EffectChart chart(ReportSource source) {
        List<GoalEffect> effects = new ArrayList<>();
        for (Goal goal : source.guidance().goals().all()) {
            GoalAssessment rated = source.assessment().goal(goal.number()).orElse(null);
            GoalEffect.State state = rated == null ? GoalEffect.State.NOT_ASSESSED
                    : rated.isRelevant() ? GoalEffect.State.RATED : GoalEffect.State.NOT_RELEVANT;
            String stateLabel = switch (state) {
                case RATED -> "";
                case NOT_RELEVANT -> source.labels().text("chart.notRelevant");
                case NOT_ASSESSED -> source.labels().text("chart.notAssessed");
            };
            effects.add(new GoalEffect(goal.number(), source.goalTitle(goal.number()), goal.colour(), goal.textColour(),
                    state == GoalEffect.State.RATED ? rated.positive() : 0,
                    state == GoalEffect.State.RATED ? rated.negative() : 0, state, stateLabel));
        }
        return new EffectChart(source.labels().text("summary.chart"), source.labels().text("summary.chart.alt"),
                source.labels().text("summary.chart.positive"), source.labels().text("summary.chart.negative"), effects);
    }

    /** Dimensions as columns, positive and negative as rows: one row fewer on a crowded page. */
    private static Table dimensionTable(ReportSource source) {
        List<String> header = new ArrayList<>(List.of(source.labels().text("table.effect")));
        List<String> positive = new ArrayList<>(List.of(source.labels().text("field.positive")));
        List<String> negative = new ArrayList<>(List.of(source.labels().text("field.negative")));
        for (Dimension d : Dimension.values()) {
            DimensionLevel level = source.analysis().dimensions().getOrDefault(d, new DimensionLevel(d, 0, 0));
            header.add(source.labels().dimension(d));
            positive.add(source.labels().effect(level.positive()));
            negative.add(source.labels().effect(level.negative()));
        }
        return new Table(header, List.of(positive, negative), List.of(4, 3, 3, 3));
    }

    private static void addConflicts(List<ReportBlock> blocks, ReportSource source) {
        List<Conflict> conflicts = source.analysis().conflicts();
        if (conflicts.isEmpty()) {
            blocks.add(new Text(source.labels().text("summary.conflicts.none"), TextStyle.BODY));
            return;
        }
        List<List<String>> rows = conflicts.stream().limit(MAX_CONFLICTS_ON_SUMMARY)
                .map(c -> List.of(ConflictTitles.of(c, source), source.labels().severity(c.severity()), source.labels().yesNo(c.handled())))
                .toList();
        blocks.add(new Table(List.of(source.labels().text("table.conflict"), source.labels().text("field.severity"), source.labels().text("field.handled")), rows, List.of(15, 4, 3)));
        if (conflicts.size() > MAX_CONFLICTS_ON_SUMMARY) {
            blocks.add(new Text(source.labels().text("summary.conflicts.more", conflicts.size() - MAX_CONFLICTS_ON_SUMMARY), TextStyle.NOTE));
        }
    }
}
