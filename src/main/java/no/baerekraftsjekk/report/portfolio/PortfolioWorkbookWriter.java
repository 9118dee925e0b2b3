package no.baerekraftsjekk.report.portfolio;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import no.baerekraftsjekk.domain.portfolio.DimensionRow;
import no.baerekraftsjekk.domain.portfolio.EffectCounts;
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

/**
 * The portfolio as an Excel workbook people can work on: each list a real table (Excel's "Format as
 * table") with filter buttons, every count stored as a number, and a chart of the goals drawn from
 * the goal table's own cells. Exempt cases are counted and never named, as in the other formats.
 */
public final class PortfolioWorkbookWriter {
    private final PortfolioTexts words;
    private final PortfolioContentBuilder content;

    public PortfolioWorkbookWriter(PortfolioTexts words) {
        this(words, List.of());
    }

    /** @param localGoals the council's own goals; when there are any, a sheet counts the cases by them */
    public PortfolioWorkbookWriter(PortfolioTexts words, List<LocalGoal> localGoals) {
        this.words = words;
        this.content = new PortfolioContentBuilder(words, localGoals);
    }

    private String text(String key, Object... args) {
        return words.text(key, args);
    }

    private static final String POSITIVE = "1E7B34";
    private static final String NEGATIVE = "C01F1F";

    public void write(Portfolio p, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Run(workbook, p).render();
            workbook.getProperties().getCoreProperties().setTitle(text("title") + " – " + words.periodOf(p.filter()));
            workbook.getProperties().getCoreProperties().setSubjectProperty(text("subject"));
            workbook.write(out);
        }
    }

    /** About how many characters of the method note fit on one line of the two summary columns (90 wide). */
    private static final int METHOD_CHARACTERS_PER_LINE = 80;

    private final class Run {
        private final XSSFWorkbook workbook;
        private final Portfolio p;
        private final CellStyle bold;
        private final CellStyle wrap;
        private int tables;

        Run(XSSFWorkbook workbook, Portfolio p) {
            this.workbook = workbook;
            this.p = p;
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }

        void render() {
            summary();
            goals();
            dimensions();
            pairs();
            unhandled();
            groups(text("sheet.byUnit"), text("column.unit"), p.byUnit(), n -> n.isBlank() ? text("group.noUnit") : n);
            groups(text("sheet.byCommittee"), text("column.committee"), p.byCommittee(), n -> n.isBlank() ? text("group.noCommittee") : n);
            localGoals();
            groups(text("sheet.trend"), text("column.period"), p.trend(), words::period);
            // Printed (or turned into PDF) each sheet is one page wide, lying down, instead of columns cut over pages.
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                sheet.getPrintSetup().setLandscape(true);
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
            }
        }

        private void summary() {
            XSSFSheet sheet = workbook.createSheet(text("sheet.summary"));
            int r = 0;
            cell(sheet, r++, 0, text("title")).setCellStyle(bold);
            for (List<String> pair : words.describe(p.filter(), PortfolioContentBuilder.names(p.filter().units(), p.byUnit()),
                    PortfolioContentBuilder.names(p.filter().committees(), p.byCommittee()))) {
                cell(sheet, r, 0, pair.get(0));
                cell(sheet, r++, 1, pair.get(1));
            }
            r++;
            number(sheet, r, 1, p.cases());
            cell(sheet, r++, 0, text("fact.cases"));
            for (Stage stage : Stage.values()) {
                cell(sheet, r, 0, words.stage(stage));
                number(sheet, r++, 1, p.stage(stage));
            }
            cell(sheet, r, 0, text("fact.notRelevant"));
            number(sheet, r++, 1, p.notRelevantMarks());
            cell(sheet, r, 0, text("fact.exempt"));
            number(sheet, r++, 1, p.exempt());
            if (p.casesWithAlternatives() > 0) {
                cell(sheet, r, 0, text("alternatives.fact"));
                number(sheet, r++, 1, p.casesWithAlternatives());
                cell(sheet, r, 0, text("alternatives.withoutRecommendation"));
                number(sheet, r++, 1, p.casesWithoutRecommendation());
                cell(sheet, r++, 0, content.alternativesLine(p).orElseThrow());
            }
            r++;
            cell(sheet, r++, 0, content.exemptLine(p));
            String method = text("method");
            cell(sheet, r, 0, method).setCellStyle(wrap);
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 50 * 256);
            // Spread over both columns and as tall as its lines: a spreadsheet does not grow a row for
            // wrapped text by itself, and Calc would print the lines over the row above.
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, 1));
            int lines = (int) Math.ceil(method.length() / (double) METHOD_CHARACTERS_PER_LINE);
            sheet.getRow(r).setHeightInPoints(Math.max(1, lines) * sheet.getDefaultRowHeightInPoints());
        }

        private void goals() {
            XSSFSheet sheet = workbook.createSheet(text("sheet.goals"));
            List<String> header = new ArrayList<>(List.of(text("column.goalNumber"), text("column.goal")));
            header.addAll(levelHeader());
            header.add(text("column.notRelevant"));
            List<List<Object>> rows = new ArrayList<>();
            for (GoalRow row : p.goals()) {
                List<Object> cells = new ArrayList<>(List.of(row.goal(), words.goalTitle(row.goal())));
                cells.addAll(levels(row.effects()));
                cells.add(row.notRelevant());
                rows.add(cells);
            }
            table(sheet, 0, header, rows);
            sheet.setColumnWidth(1, 34 * 256);
            chart(sheet, rows.size());
        }

        private void dimensions() {
            XSSFSheet sheet = workbook.createSheet(text("sheet.dimensions"));
            List<String> header = new ArrayList<>(List.of(text("column.dimension")));
            header.addAll(levelHeader());
            List<List<Object>> rows = new ArrayList<>();
            for (DimensionRow row : p.dimensions()) {
                List<Object> cells = new ArrayList<>(List.of(words.dimension(row.dimension())));
                cells.addAll(levels(row.effects()));
                rows.add(cells);
            }
            table(sheet, 0, header, rows);
            sheet.setColumnWidth(0, 20 * 256);
        }

        private void pairs() {
            XSSFSheet sheet = workbook.createSheet(text("sheet.pairs"));
            List<List<Object>> rows = new ArrayList<>();
            for (PairCount pair : p.conflictPairs()) {
                rows.add(List.of(pair.lowerGoal(), pair.higherGoal(), words.goalPair(pair.lowerGoal(), pair.higherGoal()), pair.cases()));
            }
            table(sheet, 0, List.of(text("column.goalA"), text("column.goalB"), text("column.pair"), text("column.cases")), rows);
            sheet.setColumnWidth(2, 70 * 256);
        }

        private void unhandled() {
            XSSFSheet sheet = workbook.createSheet(text("sheet.unhandled"));
            cell(sheet, 0, 0, content.exemptLine(p));
            List<List<Object>> rows = new ArrayList<>();
            for (UnhandledConflict u : p.unhandled()) {
                if (!u.entry().exempt()) {
                    rows.add(List.of(u.entry().title(), u.entry().caseNumber(), words.conflict(u.conflict()), u.conflict().severity()));
                }
            }
            table(sheet, 2, List.of(text("column.case"), text("column.caseNumber"), text("column.conflict"), text("column.severityNumber")), rows);
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(2, 70 * 256);
        }

        /** The cases by the council's local goals, when it has any: the same rows as the Word and PDF table. */
        private void localGoals() {
            if (content.localGoals().isEmpty()) {
                return;
            }
            XSSFSheet sheet = workbook.createSheet(text("sheet.localGoals"));
            List<List<Object>> rows = new ArrayList<>();
            for (LocalGoalRow row : LocalGoalCounter.count(content.localGoals(), p.entries())) {
                rows.add(List.of(row.goal().id(), row.goal().title(), row.cases(), row.withPositive(), row.withNegative(), row.notRated()));
            }
            List<String> header = new ArrayList<>(List.of(text("column.localGoalId")));
            header.addAll(content.localGoalHeader());
            table(sheet, 0, header, rows);
            sheet.setColumnWidth(1, 50 * 256);
        }

        private void groups(String sheetName, String first, List<GroupRow> groups, Function<String, String> name) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            List<List<Object>> rows = new ArrayList<>();
            for (GroupRow row : groups) {
                rows.add(List.of(name.apply(row.name()), row.cases(), row.stage(Stage.DRAFT), row.stage(Stage.COMPLETE),
                        row.stage(Stage.APPROVED), row.withPositive(), row.withNegative(), row.withUnhandled()));
            }
            table(sheet, 0, content.groupHeader(first), rows);
            sheet.setColumnWidth(0, 30 * 256);
        }

        private List<String> levelHeader() {
            List<String> header = new ArrayList<>();
            for (Side side : Side.values()) {
                for (int level = 1; level <= 3; level++) {
                    header.add(text("column.effect", words.side(side), words.level(level)));
                }
                header.add(text("column.total", words.side(side)));
            }
            return header;
        }

        private static List<Object> levels(EffectCounts counts) {
            List<Object> cells = new ArrayList<>();
            for (Side side : Side.values()) {
                for (int level = 1; level <= 3; level++) {
                    cells.add(counts.count(side, level));
                }
                cells.add(counts.total(side));
            }
            return cells;
        }

        /**
         * Writes header and rows from {@code top} and makes them one table with filter buttons. A table
         * needs at least one data row, so an empty list gets a row saying so.
         */
        private void table(XSSFSheet sheet, int top, List<String> header, List<List<Object>> rows) {
            List<List<Object>> body = rows;
            if (body.isEmpty()) {
                List<Object> none = new ArrayList<>();
                none.add(text("table.empty"));
                while (none.size() < header.size()) {
                    none.add("");
                }
                body = List.of(none);
            }
            for (int c = 0; c < header.size(); c++) {
                cell(sheet, top, c, header.get(c)).setCellStyle(bold);
                if (sheet.getColumnWidth(c) < 14 * 256) {
                    sheet.setColumnWidth(c, 14 * 256);
                }
            }
            for (int r = 0; r < body.size(); r++) {
                List<Object> values = body.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Integer n) {
                        number(sheet, top + 1 + r, c, n);
                    } else {
                        cell(sheet, top + 1 + r, c, String.valueOf(value));
                    }
                }
            }
            AreaReference area = new AreaReference(new CellReference(top, 0),
                    new CellReference(top + body.size(), header.size() - 1), SpreadsheetVersion.EXCEL2007);
            XSSFTable table = sheet.createTable(area);
            tables++;
            table.setName("Tabell" + tables);
            table.setDisplayName("Tabell" + tables);
            table.getCTTable().addNewAutoFilter().setRef(new CellRangeAddress(top, top + body.size(), 0, header.size() - 1).formatAsString());
            var style = table.getCTTable().addNewTableStyleInfo();
            style.setName("TableStyleMedium2");
            style.setShowRowStripes(true);
            table.updateHeaders();
            sheet.createFreezePane(0, top + 1);
        }

        /** Positive and negative cases per goal as two bars side by side, read from the goal table. */
        private void chart(XSSFSheet sheet, int goals) {
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, goals + 3, 10, goals + 3 + 30);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(text("chart.title"));
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.TOP);
            XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
            categories.setOrientation(AxisOrientation.MAX_MIN);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            values.getOrAddMajorGridProperties();
            XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, goals, 1, 1));
            // Columns: number, goal, then positive small/moderate/large/total, negative small/moderate/large/total.
            XDDFNumericalDataSource<Double> positive = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, goals, 5, 5));
            XDDFNumericalDataSource<Double> negative = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, goals, 9, 9));
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
            data.setBarDirection(BarDirection.BAR);
            data.setBarGrouping(BarGrouping.CLUSTERED);
            data.setVaryColors(false);
            series(data, names, positive, text("chart.positive"), POSITIVE, sheet, 5);
            series(data, names, negative, text("chart.negative"), NEGATIVE, sheet, 9);
            chart.plot(data);
        }

        private void series(XDDFBarChartData data, XDDFDataSource<String> names, XDDFNumericalDataSource<Double> values,
                                   String title, String colour, XSSFSheet sheet, int column) {
            XDDFChartData.Series series = data.addSeries(names, values);
            series.setTitle(title, new CellReference(sheet.getSheetName(), 0, column, true, true));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            int rgb = Integer.parseInt(colour, 16);
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb})));
            series.setShapeProperties(shape);
        }

        private static XSSFCell cell(XSSFSheet sheet, int r, int c, String value) {
            XSSFCell cell = row(sheet, r).createCell(c);
            cell.setCellValue(value);
            return cell;
        }

        private static void number(XSSFSheet sheet, int r, int c, int value) {
            row(sheet, r).createCell(c).setCellValue(value);
        }

        private static XSSFRow row(XSSFSheet sheet, int r) {
            XSSFRow row = sheet.getRow(r);
            return row != null ? row : sheet.createRow(r);
        }
    }
}
