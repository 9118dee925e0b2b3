package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.DimensionLevel;
import no.baerekraftsjekk.report.ReportBlock.EffectChart;
import no.baerekraftsjekk.report.ReportBlock.Field;
import no.baerekraftsjekk.report.ReportBlock.Fields;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.LabelledText;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;
import no.baerekraftsjekk.report.ReportBlock.Title;

/**
 * The first page: what the case is, how much of it was assessed, the picture of all 17 goals, the
 * three dimensions, the conflicts that need weighing and the conclusion. What a politician reads when
 * they read nothing else, so it is honest about what was not done and it always fits on one page:
 * long texts are shortened here and given in full in their chapter.
 */
final class SummarySection {
    /** More rows than this would push the conclusion off the first page; the rest are in their chapter. */
    static final int MAX_CONFLICTS_ON_SUMMARY = 3;
    /** The description and the conclusion are cut at a word near these lengths on page 1. */
    static final int DESCRIPTION_ON_SUMMARY = 300;
    static final int CONCLUSION_ON_SUMMARY = 450;

    private SummarySection() {
    }

    static void addTo(List<ReportBlock> blocks, ReportSource source) {
        CaseInfo info = source.assessment().caseInfo();
        boolean draft = source.assessment().status() == Status.DRAFT;
        blocks.add(new Text(draft ? source.labels().text("kicker.draft") : source.labels().text("kicker"), TextStyle.KICKER));
        blocks.add(new Title(info.title().isBlank() ? source.labels().text("fileName.untitled") : info.title()));
        ReportContentBuilder.exemptionNotice(info, source.labels()).ifPresent(n -> blocks.add(new Text(n, TextStyle.NOTICE)));
        blocks.add(new Fields(CaseFacts.of(source), 2));
        if (!info.description().isBlank()) {
            blocks.add(new LabelledText(source.labels().text("field.description"), Shortened.of(info.description(), DESCRIPTION_ON_SUMMARY,
                    source.labels().text(source.variant() == ReportVariant.FULL ? "shortened.description" : "shortened.description.short"))));
        }
        blocks.add(new Heading(1, source.labels().text("summary.chart")));
        blocks.add(new Text(coverage(source), TextStyle.BODY));
        blocks.add(chart(source));
        knowledgeGaps(source).ifPresent(gaps -> blocks.add(new Text(gaps, TextStyle.NOTE)));
        blocks.add(new Heading(1, source.labels().text("summary.dimensions.v2")));
        blocks.add(dimensionTable(source));
        blocks.add(new Heading(1, source.labels().text("summary.conflicts.v2")));
        addConflicts(blocks, source);
        blocks.add(new Heading(1, source.labels().text("summary.conclusion")));
        String conclusion = source.assessment().conclusion();
        blocks.add(new Text(conclusion.isBlank() ? source.labels().text("summary.conclusion.none")
                : Shortened.of(conclusion, CONCLUSION_ON_SUMMARY, source.labels().text(source.variant() == ReportVariant.FULL
                        ? "shortened.conclusion" : "shortened.conclusion.short")), TextStyle.BODY));
    }

    /** "14 av 17 mål er vurdert: 11 relevante og 3 ikke relevante. 3 mål er ikke vurdert: 12, 16 og 17." */
    static String coverage(ReportSource source) {
        int assessed = source.assessment().goals().size();
        if (assessed == 0) {
            return source.labels().text("coverage.none");
        }
        String text = source.labels().text("coverage", assessed, source.relevantGoals().size(), source.notRelevantGoals().size());
        List<Integer> notAssessed = source.notAssessedGoals();
        if (!notAssessed.isEmpty()) {
            text += " " + source.labels().text("coverage.notAssessed", notAssessed.size(), numbers(source, notAssessed));
        }
        return text;
    }

    /** Low certainty and «vet ikke» named goal by goal: what the decision rests on least firmly. */
    static java.util.Optional<String> knowledgeGaps(ReportSource source) {
        List<String> parts = new ArrayList<>();
        List<Integer> unknown = source.goalsWith(GoalEffect.Confidence.UNKNOWN);
        List<Integer> low = source.goalsWith(GoalEffect.Confidence.LOW);
        if (!unknown.isEmpty()) {
            parts.add(source.labels().text("gaps.unknown", numbers(source, unknown)));
        }
        if (!low.isEmpty()) {
            parts.add(source.labels().text("gaps.low", numbers(source, low)));
        }
        return parts.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(source.labels().text("gaps", String.join(" ", parts)));
    }

    /** "3", "3 og 9", "3, 9 og 12". */
    static String numbers(ReportSource source, List<Integer> goals) {
        List<String> names = goals.stream().map(String::valueOf).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + source.labels().text("and") + " " + names.getLast();
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
            GoalEffect.Confidence confidence = state == GoalEffect.State.RATED
                    ? ReportSource.confidenceOf(rated.certainty()) : GoalEffect.Confidence.PLAIN;
            String confidenceLabel = switch (confidence) {
                case PLAIN -> "";
                case LOW -> source.labels().text("chart.low");
                case UNKNOWN -> source.labels().text("chart.unknown");
            };
            effects.add(new GoalEffect(goal.number(), source.goalTitle(goal.number()), goal.colour(), goal.textColour(),
                    state == GoalEffect.State.RATED ? rated.positive() : 0,
                    state == GoalEffect.State.RATED ? rated.negative() : 0, state, stateLabel, confidence, confidenceLabel));
        }
        return new EffectChart(source.labels().text("summary.chart"), altText(source, effects),
                source.labels().text("summary.chart.positive"), source.labels().text("summary.chart.negative"), effects);
    }

    /** What the chart shows for this case: the goals that gain and lose most, and what is not rated. */
    private static String altText(ReportSource source, List<GoalEffect> effects) {
        List<GoalEffect> rated = effects.stream().filter(e -> e.state() == GoalEffect.State.RATED).toList();
        if (rated.isEmpty()) {
            return source.labels().text("chart.alt.none");
        }
        List<String> parts = new ArrayList<>();
        parts.add(source.labels().text("chart.alt.intro"));
        parts.add(strongest(source, rated, GoalEffect::positive, "chart.alt.gains", "chart.alt.noGains"));
        parts.add(strongest(source, rated, GoalEffect::negative, "chart.alt.losses", "chart.alt.noLosses"));
        long notRelevant = effects.stream().filter(e -> e.state() == GoalEffect.State.NOT_RELEVANT).count();
        long notAssessed = effects.stream().filter(e -> e.state() == GoalEffect.State.NOT_ASSESSED).count();
        parts.add(source.labels().text("chart.alt.rest", notRelevant, notAssessed));
        return String.join(" ", parts);
    }

    private static String strongest(ReportSource source, List<GoalEffect> rated, java.util.function.ToIntFunction<GoalEffect> level,
                                    String key, String noneKey) {
        int max = rated.stream().mapToInt(level).max().orElse(0);
        if (max == 0) {
            return source.labels().text(noneKey);
        }
        List<String> goals = rated.stream().filter(e -> level.applyAsInt(e) >= Math.max(1, max - 1))
                .sorted(Comparator.comparingInt(level).reversed())
                .limit(4).map(e -> source.labels().text("chart.alt.goal", e.goal(), e.title(), level.applyAsInt(e))).toList();
        return source.labels().text(key, String.join(", ", goals));
    }

    /** Dimensions as columns, positive and negative as rows; a dimension nobody looked at says so, never "0". */
    private static Table dimensionTable(ReportSource source) {
        List<String> header = new ArrayList<>(List.of(source.labels().text("table.effect")));
        List<String> positive = new ArrayList<>(List.of(source.labels().text("field.positive")));
        List<String> negative = new ArrayList<>(List.of(source.labels().text("field.negative")));
        for (Dimension d : Dimension.values()) {
            DimensionLevel level = source.analysis().level(d);
            boolean assessed = source.anyAssessedIn(d);
            header.add(source.labels().dimension(d));
            positive.add(assessed ? source.labels().effect(level.positive()) : source.labels().text("chart.notAssessed"));
            negative.add(assessed ? source.labels().effect(level.negative()) : source.labels().text("chart.notAssessed"));
        }
        return new Table(header, List.of(positive, negative), List.of(4, 3, 3, 3));
    }

    /**
     * The strongest conflicts that need weighing, with direction; weak ones are counted. With nothing
     * assessed the page says that conflicts cannot be judged yet, never that there are none.
     */
    private static void addConflicts(List<ReportBlock> blocks, ReportSource source) {
        List<Conflict> conflicts = source.analysis().conflicts();
        if (source.relevantGoals().isEmpty()) {
            blocks.add(new Text(source.labels().text(source.assessment().goals().isEmpty() ? "summary.conflicts.notAssessed"
                    : "summary.conflicts.noneRelevant"), TextStyle.BODY));
            return;
        }
        List<Conflict> strong = conflicts.stream().filter(c -> c.severity() >= 2).toList();
        long weak = conflicts.size() - strong.size();
        if (strong.isEmpty()) {
            String none = source.notAssessedGoals().isEmpty() ? source.labels().text("summary.conflicts.noneStrong")
                    : source.labels().text("summary.conflicts.noneStrongPartial", source.notAssessedGoals().size());
            blocks.add(new Text(none, TextStyle.BODY));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Conflict conflict : strong.stream().limit(MAX_CONFLICTS_ON_SUMMARY).toList()) {
                ConflictLines.Direction first = ConflictLines.of(conflict, source).getFirst();
                rows.add(List.of(first.gaining(), first.losing(), source.labels().severity(conflict.severity()),
                        source.labels().yesNo(conflict.handled())));
            }
            blocks.add(new Table(List.of(source.labels().text("table.gaining"), source.labels().text("table.losing"), source.labels().text("field.severity"),
                    source.labels().text("field.handled")), rows, List.of(11, 11, 4, 3)));
        }
        List<String> more = new ArrayList<>();
        if (strong.size() > MAX_CONFLICTS_ON_SUMMARY) {
            more.add(source.labels().text("summary.conflicts.moreStrong", strong.size() - MAX_CONFLICTS_ON_SUMMARY,
                    source.labels().text(source.variant() == ReportVariant.FULL ? "pointer.conflicts" : "pointer.conflicts.short")));
        }
        if (weak > 0) {
            more.add(source.labels().text("summary.conflicts.weak", weak, source.labels().text(source.variant() == ReportVariant.FULL
                    ? "pointer.conflicts" : "pointer.full")));
        }
        if (!more.isEmpty()) {
            blocks.add(new Text(String.join(" ", more), TextStyle.NOTE));
        }
    }
}
