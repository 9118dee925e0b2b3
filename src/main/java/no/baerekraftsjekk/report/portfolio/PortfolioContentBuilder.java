package no.baerekraftsjekk.report.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.portfolio.DimensionRow;
import no.baerekraftsjekk.domain.portfolio.GoalRow;
import no.baerekraftsjekk.domain.portfolio.GroupRow;
import no.baerekraftsjekk.domain.portfolio.LocalGoalCounter;
import no.baerekraftsjekk.domain.portfolio.LocalGoalRow;
import no.baerekraftsjekk.domain.portfolio.PairCount;
import no.baerekraftsjekk.domain.portfolio.Portfolio;
import no.baerekraftsjekk.domain.portfolio.Side;
import no.baerekraftsjekk.domain.portfolio.Stage;
import no.baerekraftsjekk.domain.portfolio.UnhandledConflict;
import no.baerekraftsjekk.domain.profile.LocalGoal;
import no.baerekraftsjekk.report.GoalEffect;
import no.baerekraftsjekk.report.ReportBlock;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;
import no.baerekraftsjekk.report.ReportContent;
import no.baerekraftsjekk.report.ReportMetadata;

/**
 * The portfolio as a format-neutral report, which the program's own Word and PDF writers render.
 * Exempt cases are in every figure and in no list of cases: where cases are named, a line says how
 * many were left out because they are exempt from public access.
 */
public final class PortfolioContentBuilder {
    private final PortfolioTexts words;
    private final List<LocalGoal> localGoals;

    /** For a council without local goals. */
    public PortfolioContentBuilder(PortfolioTexts words) {
        this(words, List.of());
    }

    /** @param localGoals the council's own goals (its profile); when there are any, the report has a section on them */
    public PortfolioContentBuilder(PortfolioTexts words, List<LocalGoal> localGoals) {
        this.words = words;
        this.localGoals = List.copyOf(localGoals);
    }

    private String text(String key, Object... args) {
        return words.text(key, args);
    }

    /** The goal pairs a reader can take in; the rest are in the worksheet. */
    static final int MAX_PAIRS = 10;
    /** The strongest unweighed conflicts a report lists; a long list belongs in the worksheet, which has them all. */
    static final int MAX_UNHANDLED = 25;

    public ReportContent build(Portfolio p) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Text(text("kicker"), TextStyle.KICKER));
        blocks.add(new Heading(1, text("title")));
        blocks.add(new ReportBlock.Fields(facts(p), 1));
        blocks.add(new Text(exemptLine(p), TextStyle.NOTE));
        blocks.add(chart(p));
        blocks.add(new Heading(2, text("section.goals")));
        blocks.add(new Table(goalHeader(text("column.goal"), true), goalRows(p), List.of(4, 2, 2, 2, 2, 2, 2, 3)));
        blocks.add(new Text(text("goals.note"), TextStyle.NOTE));
        blocks.add(new Heading(2, text("section.dimensions")));
        blocks.add(new Text(text("dimensions.note"), TextStyle.NOTE));
        blocks.add(new Table(goalHeader(text("column.dimension"), false), dimensionRows(p), List.of(5, 2, 2, 2, 2, 2, 2)));
        blocks.add(new Heading(2, text("section.pairs")));
        if (p.conflictPairs().isEmpty()) {
            blocks.add(new Text(text("pairs.none"), TextStyle.BODY));
        } else {
            blocks.add(new Table(List.of(text("column.pair"), text("column.cases")), p.conflictPairs().stream().limit(MAX_PAIRS)
                    .map(pair -> List.of(words.goalPair(pair.lowerGoal(), pair.higherGoal()), Integer.toString(pair.cases())))
                    .toList(), List.of(12, 2)));
        }
        blocks.add(new Heading(2, text("section.unhandled")));
        addUnhandled(blocks, p);
        blocks.add(new Heading(2, text("section.byUnit")));
        blocks.add(groupTable(text("column.unit"), p.byUnit(), name -> name.isBlank() ? text("group.noUnit") : name));
        blocks.add(new Heading(2, text("section.byCommittee")));
        blocks.add(groupTable(text("column.committee"), p.byCommittee(), name -> name.isBlank() ? text("group.noCommittee") : name));
        addLocalGoals(blocks, p);
        blocks.add(new Heading(2, text("section.trend", words.interval(p.interval()))));
        blocks.add(groupTable(text("column.period"), p.trend(), words::period));
        blocks.add(new Heading(2, text("section.method")));
        blocks.add(new Text(text("method"), TextStyle.NOTE));
        String period = words.periodOf(p.filter());
        ReportMetadata meta = new ReportMetadata(text("title") + " – " + period, "", text("subject"),
                words.texts().language().locale().toLanguageTag(), "", "", Optional.empty(), Optional.empty(),
                text("title") + " · " + period, Optional.empty());
        return new ReportContent(meta, blocks);
    }

    /** «Kommuneplanens mål»: per local goal, the cases touching it, by the rule of the case report's section. */
    private void addLocalGoals(List<ReportBlock> blocks, Portfolio p) {
        if (localGoals.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, words.texts().get("report.localGoals.heading")));
        blocks.add(new Text(text("localGoals.intro"), TextStyle.NOTE));
        List<List<String>> rows = LocalGoalCounter.count(localGoals, p.entries()).stream().map(this::localGoalCells).toList();
        blocks.add(new Table(localGoalHeader(), rows, List.of(8, 2, 3, 3, 3)));
    }

    /** The columns of the local-goal table, the same on the screen and in the exports. */
    public List<String> localGoalHeader() {
        return List.of(words.texts().get("report.localGoals.column.goal"), text("column.cases"), text("column.withPositive"),
                text("column.withNegative"), text("localGoals.column.notRated"));
    }

    /** "KP-3 Natur og klima", as the case report names a local goal. */
    public String localGoalName(LocalGoal goal) {
        return words.texts().get("report.localGoals.goal", goal.id(), goal.title());
    }

    private List<String> localGoalCells(LocalGoalRow row) {
        return List.of(localGoalName(row.goal()), Integer.toString(row.cases()), Integer.toString(row.withPositive()),
                Integer.toString(row.withNegative()), Integer.toString(row.notRated()));
    }

    /** The council's local goals this report groups by; empty for none. */
    public List<LocalGoal> localGoals() {
        return localGoals;
    }

    /** The line that says how many cases are counted but not named, shown wherever cases are named. */
    public String exemptLine(Portfolio p) {
        return text("exempt.line", p.exempt());
    }

    private List<ReportBlock.Field> facts(Portfolio p) {
        List<ReportBlock.Field> fields = new ArrayList<>();
        for (List<String> pair : words.describe(p.filter(), names(p.filter().units(), p.byUnit()),
                names(p.filter().committees(), p.byCommittee()))) {
            fields.add(new ReportBlock.Field(pair.get(0), pair.get(1)));
        }
        fields.add(new ReportBlock.Field(text("fact.cases"), Integer.toString(p.cases())));
        fields.add(new ReportBlock.Field(text("fact.stages"), text("fact.stages.value",
                p.stage(Stage.DRAFT), p.stage(Stage.COMPLETE), p.stage(Stage.APPROVED))));
        fields.add(new ReportBlock.Field(text("fact.notRelevant"), Integer.toString(p.notRelevantMarks())));
        alternativesLine(p).ifPresent(line -> fields.add(new ReportBlock.Field(text("alternatives.fact"), line)));
        return fields;
    }

    /**
     * How many cases have alternatives and how they are counted, when any have; the screen shows the
     * same line. Says which alternative was counted, so nobody reads the figures as all alternatives together.
     */
    public Optional<String> alternativesLine(Portfolio p) {
        return p.casesWithAlternatives() == 0 ? Optional.empty()
                : Optional.of(text("alternatives.fact.value", p.casesWithAlternatives(), p.casesWithoutRecommendation()));
    }

    /** The names the filter's keys stand for, as the cases spell them. */
    static Set<String> names(Set<String> keys, List<GroupRow> rows) {
        Map<String, String> byKey = rows.stream().collect(Collectors.toMap(GroupRow::key, GroupRow::name));
        return keys.stream().sorted().map(k -> byKey.getOrDefault(k, k)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private ReportBlock.EffectChart chart(Portfolio p) {
        List<GoalEffect> effects = new ArrayList<>();
        int highest = 0;
        for (GoalRow row : p.goals()) {
            Goal goal = GoalCatalog.standard().goal(row.goal());
            int positive = row.effects().total(Side.POSITIVE);
            int negative = row.effects().total(Side.NEGATIVE);
            highest = Math.max(highest, Math.max(positive, negative));
            effects.add(new GoalEffect(goal.number(), words.goalTitle(goal.number()), goal.colour(), goal.textColour(), positive, negative,
                    GoalEffect.State.RATED, "", GoalEffect.Confidence.PLAIN, ""));
        }
        return new ReportBlock.EffectChart(text("chart.title"), text("chart.alt"), text("chart.positive"), text("chart.negative"),
                effects, ChartScale.of(highest));
    }

    /** Side and level on two lines, so the narrow number columns never break a word. */
    List<String> goalHeader(String first, boolean withNotRelevant) {
        List<String> header = new ArrayList<>(List.of(first));
        for (Side side : Side.values()) {
            for (int level = 1; level <= 3; level++) {
                header.add(text("column.effect.twoLines", words.side(side), level));
            }
        }
        if (withNotRelevant) {
            header.add(text("column.notRelevant.twoLines"));
        }
        return header;
    }

    private List<List<String>> goalRows(Portfolio p) {
        List<List<String>> rows = new ArrayList<>();
        for (GoalRow row : p.goals()) {
            List<String> cells = new ArrayList<>(List.of(words.goal(row.goal())));
            addLevels(cells, row.effects());
            cells.add(Integer.toString(row.notRelevant()));
            rows.add(cells);
        }
        return rows;
    }

    private List<List<String>> dimensionRows(Portfolio p) {
        List<List<String>> rows = new ArrayList<>();
        for (DimensionRow row : p.dimensions()) {
            List<String> cells = new ArrayList<>(List.of(words.dimension(row.dimension())));
            addLevels(cells, row.effects());
            rows.add(cells);
        }
        return rows;
    }

    private static void addLevels(List<String> cells, no.baerekraftsjekk.domain.portfolio.EffectCounts counts) {
        for (Side side : Side.values()) {
            for (int level = 1; level <= 3; level++) {
                cells.add(Integer.toString(counts.count(side, level)));
            }
        }
    }

    private void addUnhandled(List<ReportBlock> blocks, Portfolio p) {
        List<UnhandledConflict> named = p.unhandled().stream().filter(u -> !u.entry().exempt()).toList();
        long exemptCases = p.unhandled().stream().filter(u -> u.entry().exempt()).map(u -> u.entry().id()).distinct().count();
        if (p.unhandled().isEmpty()) {
            blocks.add(new Text(text("unhandled.none"), TextStyle.BODY));
            return;
        }
        if (!named.isEmpty()) {
            blocks.add(new Table(List.of(text("column.case"), text("column.caseNumber"), text("column.conflict"), text("column.severity")),
                    named.stream().limit(MAX_UNHANDLED).map(u -> List.of(u.entry().title(), u.entry().caseNumber(),
                            words.conflict(u.conflict()), words.severity(u.conflict().severity()))).toList(),
                    List.of(6, 3, 8, 3)));
            if (named.size() > MAX_UNHANDLED) {
                blocks.add(new Text(text("unhandled.more", named.size() - MAX_UNHANDLED), TextStyle.NOTE));
            }
        }
        if (exemptCases > 0) {
            blocks.add(new Text(text("unhandled.exempt", exemptCases), TextStyle.NOTE));
        }
    }

    /** The columns of a unit, committee or period table, the same on the screen and in the exports. */
    public List<String> groupHeader(String first) {
        return List.of(first, text("column.cases"), words.stage(Stage.DRAFT), words.stage(Stage.COMPLETE),
                words.stage(Stage.APPROVED), text("column.withPositive"), text("column.withNegative"),
                text("column.withUnhandled"));
    }

    List<String> groupCells(GroupRow row, Function<String, String> name) {
        return List.of(name.apply(row.name()), Integer.toString(row.cases()), Integer.toString(row.stage(Stage.DRAFT)),
                Integer.toString(row.stage(Stage.COMPLETE)), Integer.toString(row.stage(Stage.APPROVED)),
                Integer.toString(row.withPositive()), Integer.toString(row.withNegative()), Integer.toString(row.withUnhandled()));
    }

    private Table groupTable(String first, List<GroupRow> rows, Function<String, String> name) {
        List<List<String>> cells = rows.stream().map(r -> groupCells(r, name)).toList();
        return new Table(groupHeader(first), cells, List.of(6, 2, 2, 2, 2, 2, 2, 2));
    }

    /** The pairs the report lists: the most frequent. */
    static List<PairCount> topPairs(Portfolio p) {
        return p.conflictPairs().stream().limit(MAX_PAIRS).toList();
    }
}
