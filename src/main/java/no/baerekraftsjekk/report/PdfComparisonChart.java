package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfStructureElement;

/**
 * Draws the comparison of a case's alternatives as vectors, the way {@link PdfEffectChart} draws one
 * assessment: one row per goal, and for each alternative a small panel of its own, named at its head,
 * with the negative effect as a bar to the left of the panel's axis and the positive to the right,
 * never netted. Each bar ends in its signed level (+2, −1), so the chart reads in black and white and
 * without telling the two colours apart.
 * <p>
 * The whole drawing is one Figure whose alternative text sums it up; the same numbers follow as the
 * comparison table, which a screen reader reads instead.
 */
final class PdfComparisonChart {
    private static final float HEAD_LINE = 7.5f;
    private static final float TILE = 13f;
    private final float row;
    private final float labelSize;
    private final BaseFont regular;
    private final BaseFont bold;
    private final UnaryOperator<String> glyphs;

    /** @param scale below 1 when page 1 must shrink to stay one page */
    PdfComparisonChart(PdfFonts fonts, UnaryOperator<String> glyphs, float scale) {
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.glyphs = glyphs;
        this.row = 10.5f * scale;
        this.labelSize = 7.2f * Math.max(scale, 0.9f);
    }

    float height(ReportBlock.ComparisonChart chart) {
        return head(chart, 0) + chart.goals().size() * row + 4;
    }

    /** Room for the alternatives' names (up to three lines each) and the signs under them. */
    private float head(ReportBlock.ComparisonChart chart, float width) {
        int lines = 1;
        float panel = panelWidth(chart, width == 0 ? 480 : width);
        for (String name : chart.alternatives()) {
            lines = Math.max(lines, wrap(glyphs.apply(name), panel - 6, 6.8f).size());
        }
        return lines * HEAD_LINE + 11;
    }

    private static float labelWidth(ReportBlock.ComparisonChart chart, float width) {
        return width * (chart.alternatives().size() <= 2 ? 0.34f : 0.27f);
    }

    private static float panelWidth(ReportBlock.ComparisonChart chart, float width) {
        return (width - labelWidth(chart, width)) / chart.alternatives().size();
    }

    /** Draws the chart inside {@code figure}, its top left corner at ({@code x}, {@code top}). */
    void draw(PdfContentByte canvas, ReportBlock.ComparisonChart chart, float x, float top, float width,
              TaggedPdf tags, PdfStructureElement figure) {
        int count = chart.alternatives().size();
        float head = head(chart, width);
        float height = head + chart.goals().size() * row + 4;
        float labelWidth = labelWidth(chart, width);
        float panel = panelWidth(chart, width);
        float chartTop = height - head;
        float bottom = chartTop - chart.goals().size() * row;
        float unit = (panel / 2 - 15) / 3;
        canvas.saveState();
        canvas.concatCTM(1, 0, 0, 1, x, top - height);
        tags.begin(canvas, figure);
        for (int i = 0; i < chart.goals().size(); i += 2) {
            canvas.setColorFill(PdfEffectChart.BAND);
            canvas.rectangle(0, chartTop - (i + 1) * row, width, row);
            canvas.fill();
        }
        for (int a = 0; a < count; a++) {
            float left = labelWidth + a * panel;
            float axis = left + panel / 2;
            drawHead(canvas, chart, a, panel, axis, chartTop, head);
            canvas.setLineWidth(0.4f);
            canvas.setColorStroke(PdfEffectChart.GRID);
            for (int level = 1; level <= 3; level++) {
                for (int side : new int[] {-1, 1}) {
                    canvas.moveTo(axis + side * level * unit, chartTop);
                    canvas.lineTo(axis + side * level * unit, bottom);
                }
            }
            canvas.stroke();
            if (a > 0) {
                canvas.setLineWidth(0.6f);
                canvas.setColorStroke(PdfEffectChart.MUTED);
                canvas.moveTo(left, chartTop + head - 2);
                canvas.lineTo(left, bottom);
                canvas.stroke();
            }
            canvas.setLineWidth(0.8f);
            canvas.setColorStroke(PdfEffectChart.MUTED);
            canvas.moveTo(axis, chartTop + 1);
            canvas.lineTo(axis, bottom);
            canvas.stroke();
        }
        for (int i = 0; i < chart.goals().size(); i++) {
            ReportBlock.ComparedGoal goal = chart.goals().get(i);
            float y = chartTop - (i + 1) * row + 2;
            drawLabel(canvas, goal, y, labelWidth);
            for (int a = 0; a < count; a++) {
                float axis = labelWidth + a * panel + panel / 2;
                drawBars(canvas, goal.positive().get(a), goal.negative().get(a), axis, unit, y);
            }
        }
        tags.end(canvas);
        canvas.restoreState();
    }

    /** The alternative's name over its panel, on up to two lines, and which side is which. */
    private void drawHead(PdfContentByte t, ReportBlock.ComparisonChart chart, int index, float panel, float axis, float chartTop, float head) {
        List<String> lines = wrap(glyphs.apply(chart.alternatives().get(index)), panel - 6, 6.8f);
        float y = chartTop + head - 7;
        for (String line : lines) {
            text(t, bold, 6.8f, PdfEffectChart.TEXT, Element.ALIGN_CENTER, line, axis, y);
            y -= HEAD_LINE;
        }
        // Which side is which, in signs as well as colour: negative to the left, positive to the right.
        text(t, bold, 7f, PdfEffectChart.NEGATIVE, Element.ALIGN_RIGHT, "−", axis - 3, chartTop + 2);
        text(t, bold, 7f, PdfEffectChart.POSITIVE, Element.ALIGN_LEFT, "+", axis + 3, chartTop + 2);
    }

    private void drawLabel(PdfContentByte t, ReportBlock.ComparedGoal goal, float y, float labelWidth) {
        t.setColorFill(java.awt.Color.decode(goal.colour()));
        t.rectangle(0, y, TILE + 4, row - 3);
        t.fill();
        text(t, bold, labelSize, "white".equalsIgnoreCase(goal.textColour()) ? java.awt.Color.WHITE : java.awt.Color.BLACK,
                Element.ALIGN_CENTER, String.valueOf(goal.goal()), (TILE + 4) / 2, y + 1.2f);
        text(t, regular, labelSize, PdfEffectChart.TEXT, Element.ALIGN_LEFT, fit(glyphs.apply(goal.title()), labelWidth - TILE - 12, labelSize),
                TILE + 8, y + 1.2f);
    }

    private void drawBars(PdfContentByte t, int positive, int negative, float axis, float unit, float y) {
        float barHeight = row - 4;
        if (negative > 0) {
            PdfEffectChart.bar(t, GoalEffect.Confidence.PLAIN, PdfEffectChart.NEGATIVE, axis - negative * unit, y, negative * unit, barHeight);
            text(t, bold, 6.5f, PdfEffectChart.NEGATIVE, Element.ALIGN_RIGHT, ConflictLines.signed(-negative), axis - negative * unit - 1.5f, y + 1);
        }
        if (positive > 0) {
            PdfEffectChart.bar(t, GoalEffect.Confidence.PLAIN, PdfEffectChart.POSITIVE, axis, y, positive * unit, barHeight);
            text(t, bold, 6.5f, PdfEffectChart.POSITIVE, Element.ALIGN_LEFT, ConflictLines.signed(positive), axis + positive * unit + 1.5f, y + 1);
        }
        if (positive == 0 && negative == 0) {
            text(t, regular, 6f, PdfEffectChart.MUTED, Element.ALIGN_LEFT, "0", axis + 1.5f, y + 1);
        }
    }

    private static void text(PdfContentByte t, BaseFont font, float size, java.awt.Color colour, int align, String text, float x, float y) {
        t.beginText();
        t.setColorFill(colour);
        t.setFontAndSize(font, size);
        t.showTextAligned(align, text, x, y, 0);
        t.endText();
    }

    private List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (bold.getWidthPoint(candidate, size) <= width || line.isEmpty()) {
                line = new StringBuilder(candidate);
            } else {
                lines.add(line.toString());
                line = new StringBuilder(word);
            }
        }
        lines.add(line.toString());
        if (lines.size() > 3) {
            lines = new ArrayList<>(List.of(lines.get(0), lines.get(1), fitBold(String.join(" ", lines.subList(2, lines.size())), width, size)));
        }
        return lines.stream().map(l -> fitBold(l, width, size)).toList();
    }

    private String fitBold(String text, float width, float size) {
        return shorten(bold, text, width, size);
    }

    private String fit(String text, float width, float size) {
        return shorten(regular, text, width, size);
    }

    private static String shorten(BaseFont font, String text, float width, float size) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && font.getWidthPoint(shortened + "…", size) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "…";
    }
}
