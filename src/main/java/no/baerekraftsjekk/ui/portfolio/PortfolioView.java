package no.baerekraftsjekk.ui.portfolio;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.portfolio.DimensionRow;
import no.baerekraftsjekk.domain.portfolio.EffectCounts;
import no.baerekraftsjekk.domain.portfolio.GoalRow;
import no.baerekraftsjekk.domain.portfolio.GroupRow;
import no.baerekraftsjekk.domain.portfolio.LocalGoalRow;
import no.baerekraftsjekk.domain.portfolio.Grouping;
import no.baerekraftsjekk.domain.portfolio.PairCount;
import no.baerekraftsjekk.domain.portfolio.Portfolio;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.domain.portfolio.Selection;
import no.baerekraftsjekk.domain.portfolio.Side;
import no.baerekraftsjekk.domain.portfolio.Stage;
import no.baerekraftsjekk.domain.portfolio.TrendInterval;
import no.baerekraftsjekk.domain.portfolio.UnhandledConflict;
import no.baerekraftsjekk.report.portfolio.PortfolioContentBuilder;
import no.baerekraftsjekk.report.portfolio.PortfolioFormat;
import no.baerekraftsjekk.report.portfolio.PortfolioTexts;
import no.baerekraftsjekk.ui.common.TextScale;

/**
 * The portfolio screen: filters on top, the figures in the middle, the cases behind the last clicked
 * number on the right. Built in code; it only binds to the {@link PortfolioViewModel} and turns
 * clicks into its actions. Every number is a link: zeros too are shown, but as plain text.
 */
public final class PortfolioView {
    /** Rows a group table shows; a council may have hundreds of units, and the worksheet has them all. */
    static final int MAX_GROUP_ROWS = 40;
    static final int MAX_UNHANDLED_ROWS = 12;

    private final PortfolioViewModel model;
    private final PortfolioTexts words;
    private final PortfolioContentBuilder content;
    private final BorderPane root = new BorderPane();
    private final VBox figures = new VBox();
    private final Label caption = new Label();
    private final ListView<PortfolioEntry> cases = new ListView<>();

    /** @param back shows the library again */
    public PortfolioView(PortfolioViewModel model, Runnable back) {
        this.model = Objects.requireNonNull(model);
        this.words = model.words();
        this.content = new PortfolioContentBuilder(words);
        root.getStyleClass().add("portfolio-view");
        root.getStylesheets().add(Objects.requireNonNull(PortfolioView.class.getResource("portfolio.css")).toExternalForm());
        root.setTop(header(back));
        root.setCenter(body());
        Label status = new Label();
        status.getStyleClass().add("portfolio-status");
        status.textProperty().bind(model.statusMessageProperty());
        status.visibleProperty().bind(model.statusMessageProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        root.setBottom(status);
        model.portfolioProperty().addListener((obs, old, now) -> render(now));
        render(model.portfolioProperty().get());
    }

    private String text(String key, Object... args) {
        return words.text(key, args);
    }

    public Parent root() {
        return root;
    }

    private Node header(Runnable back) {
        Button backButton = new Button(text("screen.back"));
        backButton.setOnAction(e -> back.run());
        backButton.setAccessibleText(text("screen.back.accessible"));
        Label heading = new Label(text("screen.heading"));
        heading.getStyleClass().add("portfolio-heading");
        MenuButton export = new MenuButton(text("screen.export"));
        for (PortfolioFormat format : PortfolioFormat.values()) {
            MenuItem item = new MenuItem(text("screen.export." + format.name()));
            item.setOnAction(e -> model.export(format));
            export.getItems().add(item);
        }
        export.disableProperty().bind(model.loadingProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox titleRow = new HBox(backButton, heading, grow, export);
        titleRow.getStyleClass().add("portfolio-title-row");

        DatePicker from = datePicker(text("filter.from.accessible"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker(text("filter.to.accessible"));
        to.valueProperty().bindBidirectional(model.toProperty());
        MultiChoice<String> unit = MultiChoice.ofNames(model, model.unitChoices(), model.units(), text("filter.unit")).width(12.1);
        MultiChoice<String> committee = MultiChoice.ofNames(model, model.committeeChoices(), model.committees(),
                text("filter.committee")).width(12.1);
        MultiChoice<CaseType> caseType = new MultiChoice<>(model, FXCollections.observableArrayList(CaseType.values()),
                model.caseTypes(), words::caseType, text("filter.caseType")).width(10.7);
        MultiChoice<Stage> stage = new MultiChoice<>(model, FXCollections.observableArrayList(Stage.values()),
                model.stages(), words::stage, text("filter.status")).width(10.7);
        Button reset = new Button(text("screen.reset"));
        reset.setOnAction(e -> model.resetFilter());
        FlowPane filters = new FlowPane(
                labelled(text("filter.from"), from), labelled(text("filter.to.short"), to),
                labelled(text("filter.unit"), unit.control()), labelled(text("filter.committee"), committee.control()),
                labelled(text("filter.caseType"), caseType.control()), labelled(text("filter.status"), stage.control()), reset);
        filters.getStyleClass().add("portfolio-filters");
        Label problem = new Label();
        problem.getStyleClass().add("portfolio-problem");
        problem.textProperty().bind(model.filterProblemProperty());
        problem.visibleProperty().bind(model.filterProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox header = new VBox(titleRow, filters, problem);
        header.getStyleClass().add("portfolio-header");
        return header;
    }

    private Node body() {
        figures.getStyleClass().add("portfolio-figures");
        ScrollPane scroll = new ScrollPane(figures);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("portfolio-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);

        caption.getStyleClass().add("portfolio-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(model.shownCaptionProperty());
        cases.setItems(model.shownCases());
        cases.setPlaceholder(new Label(text("screen.cases.placeholder")));
        ((Label) cases.getPlaceholder()).setWrapText(true);
        cases.setCellFactory(list -> {
            CaseCell cell = new CaseCell();
            // A wrapping cell needs a width to wrap at; without this it grows sideways instead.
            cell.prefWidthProperty().bind(list.widthProperty().subtract(18));
            return cell;
        });
        cases.setAccessibleText(text("screen.cases.accessible"));
        cases.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(cases.getSelectionModel().getSelectedItem());
            }
        });
        cases.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.open(cases.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(cases, Priority.ALWAYS);
        Button open = new Button(text("screen.cases.open"));
        open.disableProperty().bind(cases.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(cases.getSelectionModel().getSelectedItem()));
        VBox side = new VBox(new Label(text("screen.cases.heading")), caption, cases, open);
        side.getStyleClass().add("portfolio-cases");
        side.getChildren().getFirst().getStyleClass().add("portfolio-section");
        HBox body = new HBox(scroll, side);
        body.getStyleClass().add("portfolio-body");
        return body;
    }

    /** Rebuilds the figures; a few hundred nodes, far from what would be noticed. */
    private void render(Portfolio p) {
        if (p == null) {
            figures.getChildren().setAll(new Label(text("screen.loading")));
            return;
        }
        figures.getChildren().setAll(
                summary(p),
                section(text("section.goals")), goalGrid(p), note(text("goals.note")),
                section(text("section.dimensions")), dimensionGrid(p),
                section(text("section.pairs")), pairs(p),
                section(text("section.unhandled")), unhandled(p),
                groupHeading(), groups(p), similar());
        if (!model.localGoals().isEmpty()) {
            figures.getChildren().addAll(section(text("screen.localGoals")), note(text("localGoals.intro")),
                    localGoals(model.localGoalRowsProperty().get()));
        }
        figures.getChildren().addAll(trendHeading(p), trend(p));
    }

    private Node summary(Portfolio p) {
        FlowPane facts = new FlowPane(
                fact(p.cases(), text("fact.cases"), new Selection.All()),
                fact(p.stage(Stage.DRAFT), words.stage(Stage.DRAFT), new Selection.InStage(Stage.DRAFT)),
                fact(p.stage(Stage.COMPLETE), words.stage(Stage.COMPLETE), new Selection.InStage(Stage.COMPLETE)),
                fact(p.stage(Stage.APPROVED), words.stage(Stage.APPROVED), new Selection.InStage(Stage.APPROVED)),
                fact(p.notRelevantMarks(), text("screen.fact.notRelevant"), null),
                fact((int) p.entries().stream().filter(new Selection.UnhandledSevere()).count(), text("screen.fact.unhandled"),
                        new Selection.UnhandledSevere()),
                fact(p.exempt(), text("fact.exempt"), new Selection.Exempt()));
        facts.getStyleClass().add("portfolio-facts");
        Label exempt = note(content.exemptLine(p) + " " + text("screen.exempt.shown"));
        VBox box = new VBox(facts, exempt);
        // The exports say how cases with alternatives are counted; so does the screen, or its figures read differently.
        content.alternativesLine(p).ifPresent(line -> {
            Label alternatives = note(text("alternatives.fact") + ": " + line);
            alternatives.getStyleClass().add("portfolio-alternatives");
            box.getChildren().add(alternatives);
        });
        return box;
    }

    private Node fact(int count, String label, Selection selection) {
        Node number = selection == null ? plainNumber(count) : number(count, selection, label, label);
        number.getStyleClass().add("portfolio-fact-number");
        Label what = new Label(label);
        what.getStyleClass().add("portfolio-fact-label");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(number, what);
        box.getStyleClass().add("portfolio-fact");
        return box;
    }

    private GridPane goalGrid(Portfolio p) {
        GridPane grid = effectGrid(text("column.goal"), true);
        int highest = 1;
        for (GoalRow row : p.goals()) {
            highest = Math.max(highest, Math.max(row.effects().total(Side.POSITIVE), row.effects().total(Side.NEGATIVE)));
        }
        int r = 1;
        for (GoalRow row : p.goals()) {
            Goal goal = GoalCatalog.standard().goal(row.goal());
            Label tile = new Label(Integer.toString(goal.number()));
            tile.getStyleClass().add("portfolio-goal-tile");
            tile.setMinWidth(Region.USE_PREF_SIZE);
            tile.setStyle("-fx-background-color: " + goal.colour() + "; -fx-text-fill: " + goal.textColour() + ";");
            Label name = new Label(words.goalTitle(row.goal()));
            name.getStyleClass().add("portfolio-row-name");
            // Never cut short, at any text size or in any language: a long name wraps onto a second line.
            // No tooltip repeating it: the whole name is shown, and 17 tooltips were a tenth of opening the screen.
            wrapping(name);
            HBox label = new HBox(tile, name);
            label.getStyleClass().add("portfolio-goal-label");
            String subject = words.goal(row.goal());
            effectRow(grid, r++, label, row.effects(), highest, subject,
                    (side, level) -> new Selection.GoalEffect(row.goal(), side, level));
            grid.add(row.notRelevant() == 0 ? plainNumber(0) : number(row.notRelevant(), new Selection.GoalNotRelevant(row.goal()),
                    text("screen.caption.notRelevant", subject), text("screen.caption.notRelevant", subject)), 8, r - 1);
        }
        return grid;
    }

    private GridPane dimensionGrid(Portfolio p) {
        GridPane grid = effectGrid(text("column.dimension"), false);
        int highest = Math.max(1, p.cases());
        int r = 1;
        for (DimensionRow row : p.dimensions()) {
            Label name = new Label(words.dimension(row.dimension()));
            name.getStyleClass().add("portfolio-row-name");
            // Never cut short, at any text size or in any language: a long name wraps onto a second line.
            wrapping(name);
            effectRow(grid, r++, name, row.effects(), highest, words.dimension(row.dimension()),
                    (side, level) -> new Selection.DimensionEffect(row.dimension(), side, level));
        }
        return grid;
    }

    /** Columns: name, negative large–small, the two bars, positive small–large, not relevant. */
    private GridPane effectGrid(String first, boolean withNotRelevant) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("portfolio-grid");
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.SOMETIMES);
        name.minWidthProperty().bind(TextScale.pixels(caption, 150));
        grid.getColumnConstraints().add(name);
        for (int c = 1; c <= 8; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHalignment(HPos.CENTER);
            column.setMinWidth(c == 4 ? 150 : 50);
            column.setMaxWidth(c == 4 ? 150 : 64);
            grid.getColumnConstraints().add(column);
        }
        grid.add(head(first), 0, 0);
        grid.add(head(text("screen.level.3")), 1, 0);
        grid.add(head(text("screen.level.2")), 2, 0);
        grid.add(head(text("screen.level.1")), 3, 0);
        Label sides = head(text("screen.sides"));
        grid.add(sides, 4, 0);
        grid.add(head(text("screen.level.1")), 5, 0);
        grid.add(head(text("screen.level.2")), 6, 0);
        grid.add(head(text("screen.level.3")), 7, 0);
        if (withNotRelevant) {
            grid.add(head(text("column.notRelevant")), 8, 0);
        }
        return grid;
    }

    private interface CellSelection {
        Selection of(Side side, int level);
    }

    private void effectRow(GridPane grid, int r, Node label, EffectCounts counts, int highest, String subject, CellSelection select) {
        grid.add(label, 0, r);
        for (int level = 3; level >= 1; level--) {
            grid.add(cell(counts.count(Side.NEGATIVE, level), select.of(Side.NEGATIVE, level), Side.NEGATIVE, level, subject), 4 - level, r);
        }
        grid.add(bars(counts.total(Side.NEGATIVE), counts.total(Side.POSITIVE), highest), 4, r);
        for (int level = 1; level <= 3; level++) {
            grid.add(cell(counts.count(Side.POSITIVE, level), select.of(Side.POSITIVE, level), Side.POSITIVE, level, subject), 4 + level, r);
        }
    }

    private Node cell(int count, Selection selection, Side side, int level, String subject) {
        if (count == 0) {
            return plainNumber(0);
        }
        String caption = text("screen.caption.effect", words.side(side).toLowerCase(java.util.Locale.ROOT),
                words.level(level), subject);
        Hyperlink link = number(count, selection, caption, text("screen.cell.accessible", count, caption));
        link.getStyleClass().add(side == Side.POSITIVE ? "portfolio-positive" : "portfolio-negative");
        return link;
    }

    /** Negative to the left of the middle, positive to the right, each its own length: never netted. */
    private Node bars(int negative, int positive, int highest) {
        double half = 70;
        Region left = new Region();
        left.getStyleClass().add("portfolio-bar-negative");
        left.setPrefWidth(half * negative / highest);
        left.setMaxWidth(Region.USE_PREF_SIZE);
        Region right = new Region();
        right.getStyleClass().add("portfolio-bar-positive");
        right.setPrefWidth(half * positive / highest);
        right.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane leftHalf = new StackPane(left);
        leftHalf.setAlignment(Pos.CENTER_RIGHT);
        leftHalf.setPrefWidth(half);
        StackPane rightHalf = new StackPane(right);
        rightHalf.setAlignment(Pos.CENTER_LEFT);
        rightHalf.setPrefWidth(half);
        Region axis = new Region();
        axis.getStyleClass().add("portfolio-axis");
        HBox bars = new HBox(leftHalf, axis, rightHalf);
        bars.getStyleClass().add("portfolio-bars");
        bars.setAccessibleText(text("screen.bars.accessible", negative, positive));
        return bars;
    }

    private Node pairs(Portfolio p) {
        if (p.conflictPairs().isEmpty()) {
            return new Label(text("pairs.none"));
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("portfolio-grid");
        int r = 0;
        for (PairCount pair : p.conflictPairs().stream().limit(10).toList()) {
            String what = words.goalPair(pair.lowerGoal(), pair.higherGoal());
            Label name = new Label(what);
            name.setWrapText(true);
            grid.add(name, 0, r);
            grid.add(number(pair.cases(), pair.selection(), text("screen.caption.pair", what), text("screen.caption.pair", what)), 1, r++);
        }
        return grid;
    }

    private Node unhandled(Portfolio p) {
        if (p.unhandled().isEmpty()) {
            return new Label(text("unhandled.none"));
        }
        VBox list = new VBox();
        list.getStyleClass().add("portfolio-list");
        for (UnhandledConflict u : p.unhandled().stream().limit(MAX_UNHANDLED_ROWS).toList()) {
            Hyperlink link = new Hyperlink(text("screen.unhandled.row", displayTitle(u.entry()), words.conflict(u.conflict()),
                    words.severity(u.conflict().severity())));
            link.setWrapText(true);
            link.setOnAction(e -> model.open(u.entry()));
            list.getChildren().add(link);
        }
        if (p.unhandled().size() > MAX_UNHANDLED_ROWS) {
            list.getChildren().add(note(text("screen.unhandled.more", p.unhandled().size() - MAX_UNHANDLED_ROWS)));
        }
        return list;
    }

    private Node groupHeading() {
        ToggleGroup toggle = new ToggleGroup();
        ToggleButton units = new ToggleButton(text("section.byUnit"));
        ToggleButton committees = new ToggleButton(text("section.byCommittee"));
        units.setToggleGroup(toggle);
        committees.setToggleGroup(toggle);
        (model.groupingProperty().get() == Grouping.COMMITTEE ? committees : units).setSelected(true);
        units.setOnAction(e -> model.groupingProperty().set(Grouping.UNIT));
        committees.setOnAction(e -> model.groupingProperty().set(Grouping.COMMITTEE));
        units.setSelected(model.groupingProperty().get() == Grouping.UNIT);
        committees.setSelected(model.groupingProperty().get() == Grouping.COMMITTEE);
        HBox row = new HBox(section(text("screen.groups")), units, committees);
        row.getStyleClass().add("portfolio-section-row");
        return row;
    }

    private Node groups(Portfolio p) {
        Grouping which = model.groupingProperty().get();
        Function<String, String> name = n -> n.isBlank()
                ? text(which == Grouping.UNIT ? "group.noUnit" : "group.noCommittee") : n;
        return groupGrid(p.groups(which), name, text(which == Grouping.UNIT ? "column.unit" : "column.committee"));
    }

    private Node similar() {
        VBox box = new VBox();
        box.getStyleClass().add("portfolio-list");
        for (List<String> spellings : model.similarNames()) {
            Label what = new Label(text("screen.similar", String.join(" · ", spellings.stream().map(s -> "«" + s + "»").toList())));
            what.setWrapText(true);
            Button merge = new Button(text("screen.merge"));
            merge.setOnAction(e -> askMerge(spellings));
            // The names wrap; the button keeps its whole text.
            merge.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(what, Priority.ALWAYS);
            HBox row = new HBox(what, merge);
            row.getStyleClass().add("portfolio-similar");
            box.getChildren().add(row);
        }
        return box;
    }

    private void askMerge(List<String> spellings) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(spellings.getFirst(), spellings.stream().map(String::strip).distinct().toList());
        dialog.setTitle(text("screen.merge.title"));
        dialog.setHeaderText(text("screen.merge.header"));
        dialog.setContentText(text("screen.merge.choose"));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(chosen -> model.merge(spellings, chosen));
    }

    private Node trendHeading(Portfolio p) {
        ToggleGroup toggle = new ToggleGroup();
        ToggleButton quarter = new ToggleButton(text("screen.interval.QUARTER"));
        ToggleButton year = new ToggleButton(text("screen.interval.YEAR"));
        quarter.setToggleGroup(toggle);
        year.setToggleGroup(toggle);
        quarter.setSelected(p.interval() == TrendInterval.QUARTER);
        year.setSelected(p.interval() == TrendInterval.YEAR);
        quarter.setOnAction(e -> model.intervalProperty().set(TrendInterval.QUARTER));
        year.setOnAction(e -> model.intervalProperty().set(TrendInterval.YEAR));
        HBox row = new HBox(section(text("screen.trend")), quarter, year);
        row.getStyleClass().add("portfolio-section-row");
        return row;
    }

    private Node trend(Portfolio p) {
        return groupGrid(p.trend(), words::period, text("column.period"));
    }

    private Node groupGrid(List<GroupRow> rows, Function<String, String> name, String first) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("portfolio-grid");
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.minWidthProperty().bind(TextScale.pixels(caption, 150));
        nameColumn.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().add(nameColumn);
        List<String> header = content.groupHeader(first);
        for (int c = 0; c < header.size(); c++) {
            Label head = head(header.get(c));
            head.setWrapText(true);
            if (c == 0) {
                head.setMaxWidth(Double.MAX_VALUE);
            } else {
                // 96 px at 100 %, in em of its own smaller font: it grows with the text size.
                head.setStyle("-fx-max-width: 8em;");
            }
            grid.add(head, c, 0);
            if (c > 0) {
                ColumnConstraints column = new ColumnConstraints();
                column.setHalignment(HPos.CENTER);
                column.minWidthProperty().bind(TextScale.pixels(caption, 56));
                grid.getColumnConstraints().add(column);
            }
        }
        int r = 1;
        for (GroupRow row : rows.stream().limit(MAX_GROUP_ROWS).toList()) {
            String shown = name.apply(row.name());
            Label groupName = new Label(shown);
            // Never cut short, at any text size: a long name wraps onto a second line.
            wrapping(groupName);
            grid.add(groupName, 0, r);
            grid.add(number(row.cases(), row.selection(), shown, shown), 1, r);
            int c = 2;
            for (Stage stage : Stage.values()) {
                grid.add(groupCell(row.stage(stage), row, new Selection.InStage(stage), shown, words.stage(stage)), c++, r);
            }
            grid.add(groupCell(row.withPositive(), row, new Selection.AnyEffect(Side.POSITIVE), shown, text("column.withPositive")), c++, r);
            grid.add(groupCell(row.withNegative(), row, new Selection.AnyEffect(Side.NEGATIVE), shown, text("column.withNegative")), c++, r);
            grid.add(groupCell(row.withUnhandled(), row, new Selection.UnhandledSevere(), shown, text("column.withUnhandled")), c, r);
            r++;
        }
        if (rows.isEmpty()) {
            grid.add(new Label(text("table.empty")), 0, 1);
        }
        VBox box = new VBox(grid);
        if (rows.size() > MAX_GROUP_ROWS) {
            box.getChildren().add(note(text("screen.groups.more", rows.size() - MAX_GROUP_ROWS)));
        }
        return box;
    }

    /** Per local goal of the council's plan: the cases touching it, with positive, negative and unrated ratings behind it. */
    private Node localGoals(List<LocalGoalRow> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("portfolio-grid", "portfolio-local-goals");
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.minWidthProperty().bind(TextScale.pixels(caption, 150));
        nameColumn.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().add(nameColumn);
        List<String> header = content.localGoalHeader();
        for (int c = 0; c < header.size(); c++) {
            Label head = head(header.get(c));
            if (c > 0) {
                head.setStyle("-fx-max-width: 8em;");
                ColumnConstraints column = new ColumnConstraints();
                column.setHalignment(HPos.CENTER);
                column.minWidthProperty().bind(TextScale.pixels(caption, 56));
                grid.getColumnConstraints().add(column);
            }
            grid.add(head, c, 0);
        }
        int r = 1;
        for (LocalGoalRow row : rows) {
            String shown = content.localGoalName(row.goal());
            Label name = new Label(shown);
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            if (!row.goal().description().isBlank()) {
                name.setTooltip(new javafx.scene.control.Tooltip(row.goal().description()));
            }
            grid.add(name, 0, r);
            grid.add(localGoalCell(row.cases(), row.selection(), text("screen.caption.localGoal", shown)), 1, r);
            grid.add(localGoalCell(row.withPositive(), row.positiveSelection(),
                    text("screen.caption.group", shown, text("column.withPositive").toLowerCase(java.util.Locale.ROOT))), 2, r);
            grid.add(localGoalCell(row.withNegative(), row.negativeSelection(),
                    text("screen.caption.group", shown, text("column.withNegative").toLowerCase(java.util.Locale.ROOT))), 3, r);
            grid.add(localGoalCell(row.notRated(), row.notRatedSelection(),
                    text("screen.caption.group", shown, text("localGoals.column.notRated").toLowerCase(java.util.Locale.ROOT))), 4, r);
            r++;
        }
        return grid;
    }

    private Node localGoalCell(int count, Selection selection, String caption) {
        return count == 0 ? plainNumber(0) : number(count, selection, caption, text("screen.cell.accessible", count, caption));
    }

    private Node groupCell(int count, GroupRow row, Selection selection, String group, String what) {
        if (count == 0) {
            return plainNumber(0);
        }
        String caption = text("screen.caption.group", group, what.toLowerCase(java.util.Locale.ROOT));
        return number(count, new Selection.Both(row.selection(), selection), caption, text("screen.cell.accessible", count, caption));
    }

    private Hyperlink number(int count, Selection selection, String caption, String accessible) {
        Hyperlink link = new Hyperlink(Integer.toString(count));
        link.getStyleClass().add("portfolio-number");
        link.setAccessibleText(accessible);
        link.setOnAction(e -> {
            model.show(selection, text("screen.caption", caption, count));
            link.setVisited(false);
        });
        return link;
    }

    private Label plainNumber(int count) {
        Label label = new Label(Integer.toString(count));
        label.getStyleClass().add("portfolio-zero");
        return label;
    }

    /**
     * A name in a figure table wraps instead of being cut or drawn over the numbers: the name column's
     * fixed minimum (which keeps the figures from spilling sideways at 1024 px) would otherwise let the
     * numbers overlap a long name.
     */
    private static void wrapping(Label name) {
        name.setWrapText(true);
        name.setMinWidth(0);
        name.setMinHeight(Region.USE_PREF_SIZE);
    }

    private Label head(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("portfolio-column-head");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("portfolio-section");
        return label;
    }

    private Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("portfolio-note");
        return label;
    }

    private Node labelled(String label, Node control) {
        Label caption = new Label(label);
        caption.setLabelFor(control);
        VBox box = new VBox(caption, control);
        box.getStyleClass().add("portfolio-filter");
        return box;
    }

    private DatePicker datePicker(String accessible) {
        DatePicker picker = new DatePicker();
        picker.setStyle("-fx-pref-width: 10em;");
        picker.setAccessibleText(accessible);
        picker.setPromptText(text("filter.date.prompt"));
        return picker;
    }

    /** The screen names exempt cases (the caseworker's own library); it marks them, as exports never name them. */
    String displayTitle(PortfolioEntry entry) {
        String title = entry.title().isBlank() ? text("screen.untitled") : entry.title();
        return entry.exempt() ? text("screen.exemptTitle", title) : title;
    }

    private final class CaseCell extends ListCell<PortfolioEntry> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(title, details);

        CaseCell() {
            title.setWrapText(true);
            title.getStyleClass().add("portfolio-case-title");
            details.setWrapText(true);
            details.getStyleClass().add("portfolio-note");
            title.maxWidthProperty().bind(prefWidthProperty().subtract(12));
            title.setMinHeight(Region.USE_PREF_SIZE);
            details.setMinHeight(Region.USE_PREF_SIZE);
            details.maxWidthProperty().bind(prefWidthProperty().subtract(12));
        }

        @Override
        protected void updateItem(PortfolioEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            title.setText(displayTitle(entry));
            details.setText(String.join(" · ", java.util.stream.Stream.of(entry.caseNumber(), entry.unit().strip(),
                    words.stage(entry.stage())).filter(s -> !s.isBlank()).toList()));
            setGraphic(box);
            setAccessibleText(title.getText() + ". " + details.getText());
        }
    }
}
