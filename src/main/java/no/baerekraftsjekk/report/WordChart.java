package no.baerekraftsjekk.report;

import java.io.IOException;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import java.util.List;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPatternFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STPresetLineDashVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STPresetPatternVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * The summary chart as a native Word chart: a diverging bar per goal, the negative effect drawn to
 * the left of zero and the positive to the right, never netted. Each series has an explicit solid
 * fill, without which LibreOffice draws no bars. Goals not rated or rated with low certainty say so in
 * their label; each bar carries its signed level, so the chart reads in black and white.
 */
final class WordChart {
    private static final int WIDTH_CM = 16;
    private static final double HEIGHT_CM = 6.5;
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    static final String POSITIVE = "3A9A4F";
    static final String NEGATIVE = "9E1B1B";

    private WordChart() {
    }

    static void add(XWPFDocument document, XWPFRun run, ReportBlock.EffectChart chart) throws IOException {
        add(document, run, chart, HEIGHT_CM, 6.5);
    }

    /**
     * The comparison of a case's alternatives, drawn by the same chart: one line per goal and
     * alternative, named "4 God utdanning – Alternativ 1", its negative to the left and positive to
     * the right, each with its signed level; the lines of one goal follow each other.
     */
    static void add(XWPFDocument document, XWPFRun run, ReportBlock.ComparisonChart comparison) throws IOException {
        List<GoalEffect> lines = new java.util.ArrayList<>();
        for (ReportBlock.ComparedGoal goal : comparison.goals()) {
            for (int a = 0; a < comparison.alternatives().size(); a++) {
                lines.add(new GoalEffect(goal.goal(), shortened(goal.title(), 26) + " – " + shortened(comparison.alternatives().get(a), 30), goal.colour(),
                        goal.textColour(), goal.positive().get(a), goal.negative().get(a), GoalEffect.State.RATED, "",
                        GoalEffect.Confidence.PLAIN, ""));
            }
        }
        ReportBlock.EffectChart chart = new ReportBlock.EffectChart(comparison.title(), comparison.altText(),
                comparison.positiveLabel(), comparison.negativeLabel(), lines);
        // Room per line for a label in 5.5 pt, below which LibreOffice leaves every other label out;
        // five alternatives on 17 goals fill a page of their own.
        add(document, run, chart, Math.max(HEIGHT_CM / 2, 1.6 + lines.size() * 0.25), 5.5);
    }

    /** A goal's or alternative's name cut with an ellipsis, so the chart's labels leave room for its bars. */
    private static String shortened(String name, int length) {
        return name.length() <= length ? name : name.substring(0, length - 1).strip() + "…";
    }

    private static void add(XWPFDocument document, XWPFRun run, ReportBlock.EffectChart chart, double heightCm,
                            double labelSize) throws IOException {
        XWPFChart wordChart;
        try {
            wordChart = document.createChart(run, WIDTH_CM * Units.EMU_PER_CENTIMETER, (int) (heightCm * Units.EMU_PER_CENTIMETER));
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        describe(run, chart.altText(), document.getCharts().size());
        wordChart.setAutoTitleDeleted(true);
        wordChart.getOrAddLegend().setPosition(LegendPosition.TOP);

        XDDFCategoryAxis goals = wordChart.createCategoryAxis(AxisPosition.LEFT);
        goals.setOrientation(AxisOrientation.MAX_MIN);
        goals.setTickLabelPosition(AxisTickLabelPosition.LOW);
        goals.getOrAddTextProperties().setFontSize(labelSize);
        XDDFValueAxis effect = wordChart.createValueAxis(AxisPosition.BOTTOM);
        effect.setMinimum(-chart.scale());
        effect.setMaximum(chart.scale());
        effect.setMajorUnit(chart.scale() / 3.0);
        effect.setCrosses(AxisCrosses.AUTO_ZERO);
        effect.setNumberFormat("0;0;0");
        effect.getOrAddMajorGridProperties();
        effect.getOrAddTextProperties().setFontSize(8.0);

        int n = chart.goals().size();
        String[] labels = new String[n];
        Double[] positive = new Double[n];
        Double[] negative = new Double[n];
        for (int i = 0; i < n; i++) {
            GoalEffect goal = chart.goals().get(i);
            labels[i] = goal.categoryLabel();
            positive[i] = (double) goal.positive();
            negative[i] = (double) -goal.negative();
        }
        XDDFBarChartData data = (XDDFBarChartData) wordChart.createData(ChartTypes.BAR, goals, effect);
        data.setBarDirection(BarDirection.BAR);
        // Clustered with full overlap puts both bars of a goal on one line, like stacked, and lets the
        // data labels sit outside the bar ends, where they read in black on white.
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setGapWidth(40);
        data.setVaryColors(false);
        var categories = XDDFDataSourcesFactory.fromArray(labels);
        var negativeSeries = addSeries(data, categories, negative, chart.negativeLabel(), NEGATIVE);
        var positiveSeries = addSeries(data, categories, positive, chart.positiveLabel(), POSITIVE);
        wordChart.plot(data);
        overlapFully(wordChart);
        for (var series : List.of(negativeSeries, positiveSeries)) {
            CTBarSer bar = ((XDDFBarChartData.Series) series).getCTBarSer();
            labelValues(bar, labelSize < 6 ? labelSize + 0.5 : 0);
            markUncertain(bar, chart, series == negativeSeries ? NEGATIVE : POSITIVE);
        }
        // Every goal gets its label; by default a crowded axis skips every other one.
        // (Written as raw XML: the slim ooxml-lite jar has no class for the element.)
        for (var axis : wordChart.getCTChart().getPlotArea().getCatAxList()) {
            try (XmlCursor cursor = axis.newCursor()) {
                if (!cursor.toChild(new QName(CHART_NS, "noMultiLvlLbl"))) {
                    cursor.toEndToken();
                }
                cursor.beginElement(new QName(CHART_NS, "tickLblSkip"));
                cursor.insertAttributeWithValue("val", "1");
            }
        }
    }

    private static XDDFChartData.Series addSeries(XDDFBarChartData data,
                                                  org.apache.poi.xddf.usermodel.chart.XDDFDataSource<String> categories,
                                                  Double[] values, String title, String colour) {
        XDDFChartData.Series series = data.addSeries(categories, XDDFDataSourcesFactory.fromArray(values));
        series.setTitle(title, null);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(colour))));
        series.setShapeProperties(shape);
        return series;
    }

    /** The level at each bar's end, signed ("+2", "−3"), none for 0: the chart reads without colour. */
    private static void labelValues(CTBarSer bar, double size) {
        CTDLbls labels = bar.isSetDLbls() ? bar.getDLbls() : bar.addNewDLbls();
        labels.addNewNumFmt().setFormatCode("+0;\"\u2212\"0;\"\"");
        labels.getNumFmt().setSourceLinked(false);
        if (size > 0) {
            // A chart of many lines: the numbers as small as the labels, or they run into each other.
            var text = labels.addNewTxPr();
            text.addNewBodyPr();
            text.addNewLstStyle();
            text.addNewP().addNewPPr().addNewDefRPr().setSz((int) Math.round(size * 100));
        }
        labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    /** Low certainty hatched, «vet ikke» a dashed outline without fill, as in the PDF. */
    private static void markUncertain(CTBarSer bar, ReportBlock.EffectChart chart, String colour) {
        for (int i = 0; i < chart.goals().size(); i++) {
            GoalEffect goal = chart.goals().get(i);
            if (goal.state() != GoalEffect.State.RATED || goal.confidence() == GoalEffect.Confidence.PLAIN) {
                continue;
            }
            CTDPt point = bar.addNewDPt();
            point.addNewIdx().setVal(i);
            point.addNewInvertIfNegative().setVal(false);
            point.addNewBubble3D().setVal(false);
            CTShapeProperties shape = point.addNewSpPr();
            if (goal.confidence() == GoalEffect.Confidence.LOW) {
                CTPatternFillProperties pattern = shape.addNewPattFill();
                pattern.setPrst(STPresetPatternVal.WD_UP_DIAG);
                pattern.addNewFgClr().addNewSrgbClr().setVal(hex(colour));
                pattern.addNewBgClr().addNewSrgbClr().setVal(hex("FFFFFF"));
                CTLineProperties line = shape.addNewLn();
                line.setW(9525);
                line.addNewSolidFill().addNewSrgbClr().setVal(hex(colour));
            } else {
                shape.addNewNoFill();
                CTLineProperties line = shape.addNewLn();
                line.setW(15875);
                line.addNewSolidFill().addNewSrgbClr().setVal(hex(colour));
                line.addNewPrstDash().setVal(STPresetLineDashVal.DASH);
            }
        }
    }

    /**
     * Stacked bars must overlap fully to sit on one line. POI's setOverlap needs a schema type the
     * slim ooxml-lite jar lacks, so the attribute is written directly.
     */
    private static void overlapFully(XWPFChart chart) {
        for (CTBarChart bar : chart.getCTChart().getPlotArea().getBarChartList()) {
            CTOverlap overlap = bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap();
            try (XmlCursor cursor = overlap.newCursor()) {
                cursor.setAttributeText(new QName("val"), "100");
            }
        }
    }

    private static byte[] hex(String rgb) {
        int value = Integer.parseInt(rgb, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    /** The chart's alternative text, read by screen readers and shown by Word under Alt Text. */
    private static void describe(XWPFRun run, String altText, int chartNumber) {
        if (run.getCTR().sizeOfDrawingArray() > 0 && run.getCTR().getDrawingArray(0).sizeOfInlineArray() > 0) {
            CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setDescr(altText);
            // Word wants drawing ids above zero and unique: a case's report holds several charts.
            inline.getDocPr().setId(chartNumber);
        }
    }
}
