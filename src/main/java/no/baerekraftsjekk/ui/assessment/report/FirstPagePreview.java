package no.baerekraftsjekk.ui.assessment.report;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.report.GoalEffect;
import no.baerekraftsjekk.report.ReportBlock;

/**
 * The report's first page drawn by the window from the same blocks the Word and PDF writers get:
 * the same words, numbers and order, in the window's own simple layout (the PDF's typography and
 * chart are not redrawn). What the caseworker checks here is what the page says, before it goes on.
 */
final class FirstPagePreview {
    /** Pixels per level on the 0–3 scale of the chart's bars. */
    private static final double BAR_STEP = 22;

    private FirstPagePreview() {
    }

    /** The blocks up to the first page break, as nodes in a white page. */
    static VBox of(List<ReportBlock> blocks) {
        VBox page = new VBox(6);
        page.setId("reportPreview");
        page.setPadding(new Insets(18, 22, 18, 22));
        page.setStyle("-fx-background-color: white; -fx-border-color: #b0b0b0; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.15), 6, 0, 0, 2);");
        for (ReportBlock block : blocks) {
            if (block instanceof ReportBlock.PageBreak) {
                break;
            }
            page.getChildren().add(node(block));
        }
        return page;
    }

    private static Node node(ReportBlock block) {
        return switch (block) {
            case ReportBlock.Title title -> label(title.text(), "-fx-font-size: 1.5em; -fx-font-weight: bold;");
            case ReportBlock.Heading heading -> label(heading.text(), heading.level() <= 1
                    ? "-fx-font-size: 1.2em; -fx-font-weight: bold; -fx-padding: 6 0 0 0;" : "-fx-font-weight: bold;");
            case ReportBlock.Text text -> label(text.text(), switch (text.style()) {
                case NOTE -> "-fx-font-size: 0.9em; -fx-text-fill: #555555;";
                case NOTICE, LEAD -> "-fx-font-weight: bold;";
                default -> "";
            });
            case ReportBlock.LabelledText labelled -> new VBox(2, label(labelled.label(), "-fx-font-weight: bold;"),
                    label(labelled.text(), ""));
            case ReportBlock.Fields fields -> fields(fields);
            case ReportBlock.Table table -> table(table);
            case ReportBlock.GoalTile tile -> label(tile.headingText(), "-fx-background-color: " + tile.colour()
                    + "; -fx-text-fill: " + ("white".equalsIgnoreCase(tile.textColour()) ? "white" : "black")
                    + "; -fx-padding: 4 8 4 8; -fx-font-weight: bold;");
            case ReportBlock.EffectChart chart -> chart(chart);
            // The preview names what the comparison chart shows; the table under it holds its numbers.
            case ReportBlock.ComparisonChart chart -> label(chart.altText(), "-fx-font-size: 0.9em; -fx-text-fill: #555555;");
            case ReportBlock.PageBreak pageBreak -> new Region();
        };
    }

    private static Node fields(ReportBlock.Fields fields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        int row = 0;
        for (List<ReportBlock.Field> line : fields.rows()) {
            int column = 0;
            for (ReportBlock.Field field : line) {
                grid.add(label(field.label(), "-fx-font-weight: bold;"), column++, row);
                grid.add(label(field.value(), ""), column++, row);
            }
            row++;
        }
        return grid;
    }

    private static Node table(ReportBlock.Table table) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(3);
        for (int c = 0; c < table.header().size(); c++) {
            Label header = label(table.header().get(c), "-fx-font-weight: bold;");
            // A short header ("Avveid") is never broken inside the word.
            header.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(header, c, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.rows().get(r).size(); c++) {
                grid.add(label(table.rows().get(r).get(c), ""), c, r + 1);
            }
        }
        return grid;
    }

    /** One row a goal: its number and name, the positive bar and the negative bar side by side, never netted. */
    private static Node chart(ReportBlock.EffectChart chart) {
        GridPane grid = new GridPane();
        grid.setId("reportPreviewChart");
        grid.setAccessibleText(chart.altText());
        grid.setHgap(8);
        grid.setVgap(2);
        // The chart's title repeats the heading just above it on page 1; the preview says it once.
        grid.add(label(chart.positiveLabel(), "-fx-font-size: 0.9em;"), 1, 0);
        grid.add(label(chart.negativeLabel(), "-fx-font-size: 0.9em;"), 2, 0);
        int row = 1;
        double unit = BAR_STEP * 3 / chart.scale();
        for (GoalEffect goal : chart.goals()) {
            grid.add(label(goal.goal() + " " + goal.title(), "-fx-font-size: 0.9em;"), 0, row);
            if (goal.state() == GoalEffect.State.RATED) {
                grid.add(bar(goal.positive() * unit, "#2e7d32"), 1, row);
                grid.add(bar(goal.negative() * unit, "#c62828"), 2, row);
            } else {
                grid.add(label(goal.stateLabel(), "-fx-font-size: 0.9em; -fx-text-fill: #555555;"), 1, row, 2, 1);
            }
            row++;
        }
        return grid;
    }

    private static Node bar(double width, String colour) {
        Region bar = new Region();
        bar.setMinSize(width, 10);
        bar.setPrefSize(width, 10);
        bar.setMaxSize(width, 10);
        bar.setStyle("-fx-background-color: " + colour + ";");
        HBox holder = new HBox(bar);
        holder.setMinWidth(BAR_STEP * 3 + 4);
        holder.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return holder;
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setStyle(style);
        return label;
    }
}
