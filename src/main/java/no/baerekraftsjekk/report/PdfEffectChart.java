package no.baerekraftsjekk.report;

import java.awt.Color;
import java.util.function.UnaryOperator;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Draws the summary chart as vectors: one row per goal, the negative effect as a bar to the left of
 * the axis and the positive to the right, each on the chart's scale, so neither can hide the other.
 * A goal judged not relevant or not assessed says so in its row instead of showing bars.
 */
final class PdfEffectChart {
    static final Color POSITIVE = new Color(0x1E, 0x7B, 0x34);
    static final Color NEGATIVE = new Color(0xC0, 0x1F, 0x1F);
    private static final Color GRID = new Color(0xCC, 0xCC, 0xCC);
    private static final Color BAND = new Color(0xF2, 0xF2, 0xF2);
    private static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final float ROW = 11.2f;
    private static final float HEAD = 22f;
    private static final float LABEL_SIZE = 7.5f;
    private static final float TILE = 13f;

    private final BaseFont regular;
    private final BaseFont bold;
    private final UnaryOperator<String> glyphs;

    PdfEffectChart(PdfFonts fonts, UnaryOperator<String> glyphs) {
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.glyphs = glyphs;
    }

    PdfTemplate draw(PdfContentByte canvas, ReportBlock.EffectChart chart, float width) {
        int rows = chart.goals().size();
        float height = HEAD + rows * ROW + 4;
        PdfTemplate t = canvas.createTemplate(width, height);
        float labelWidth = width * 0.47f;
        float barsLeft = labelWidth + 8;
        float axis = barsLeft + (width - barsLeft) / 2;
        float unit = (width - barsLeft) / 2 / (chart.scale() * 1.1f);
        float top = height - HEAD;

        drawScale(t, chart, axis, unit, top, rows);
        for (int i = 0; i < rows; i++) {
            GoalEffect goal = chart.goals().get(i);
            float rowTop = top - i * ROW;
            drawLabel(t, goal, rowTop, labelWidth);
            if (goal.state() == GoalEffect.State.RATED) {
                drawBars(t, goal, axis, unit, rowTop);
            } else {
                drawState(t, goal, barsLeft, width, axis, rowTop);
            }
        }
        return t;
    }

    private void drawScale(PdfTemplate t, ReportBlock.EffectChart chart, float axis, float unit, float top, int rows) {
        float bottom = top - rows * ROW;
        t.setLineWidth(0.4f);
        t.setColorStroke(GRID);
        int step = chart.scale() / 3;
        for (int level = step; level <= chart.scale(); level += step) {
            for (int side : new int[] {-1, 1}) {
                float x = axis + side * level * unit;
                t.moveTo(x, top);
                t.lineTo(x, bottom);
            }
        }
        t.stroke();
        t.setLineWidth(0.8f);
        t.setColorStroke(MUTED);
        t.moveTo(axis, top + 2);
        t.lineTo(axis, bottom);
        t.stroke();
        t.beginText();
        t.setColorFill(MUTED);
        t.setFontAndSize(regular, 7);
        for (int level = 0; level <= chart.scale(); level += step) {
            t.showTextAligned(Element.ALIGN_CENTER, String.valueOf(level), axis - level * unit, top + 3, 0);
            if (level > 0) {
                t.showTextAligned(Element.ALIGN_CENTER, String.valueOf(level), axis + level * unit, top + 3, 0);
            }
        }
        t.setFontAndSize(bold, 8);
        t.setColorFill(NEGATIVE);
        t.showTextAligned(Element.ALIGN_RIGHT, "◀ " + glyphs.apply(chart.negativeLabel()), axis - 6, top + 13, 0);
        t.setColorFill(POSITIVE);
        t.showTextAligned(Element.ALIGN_LEFT, glyphs.apply(chart.positiveLabel()) + " ▶", axis + 6, top + 13, 0);
        t.endText();
    }

    private void drawLabel(PdfTemplate t, GoalEffect goal, float rowTop, float labelWidth) {
        float y = rowTop - ROW + 2;
        t.setColorFill(Color.decode(goal.colour()));
        t.rectangle(0, y, TILE + 4, ROW - 3);
        t.fill();
        t.beginText();
        t.setColorFill("white".equalsIgnoreCase(goal.textColour()) ? Color.WHITE : Color.BLACK);
        t.setFontAndSize(bold, LABEL_SIZE);
        t.showTextAligned(Element.ALIGN_CENTER, String.valueOf(goal.goal()), (TILE + 4) / 2, y + 3, 0);
        t.setColorFill(goal.state() == GoalEffect.State.RATED ? TEXT : MUTED);
        t.setFontAndSize(regular, LABEL_SIZE);
        t.showTextAligned(Element.ALIGN_LEFT, fit(glyphs.apply(goal.title()), labelWidth - TILE - 10), TILE + 8, y + 3, 0);
        t.endText();
    }

    private void drawBars(PdfTemplate t, GoalEffect goal, float axis, float unit, float rowTop) {
        float barHeight = ROW - 4;
        float y = rowTop - ROW + 2f;
        if (goal.negative() > 0) {
            t.setColorFill(NEGATIVE);
            t.rectangle(axis - goal.negative() * unit, y, goal.negative() * unit, barHeight);
            t.fill();
        }
        if (goal.positive() > 0) {
            t.setColorFill(POSITIVE);
            t.rectangle(axis, y, goal.positive() * unit, barHeight);
            t.fill();
        }
        t.beginText();
        t.setFontAndSize(bold, 7);
        t.setColorFill(goal.negative() > 0 ? NEGATIVE : MUTED);
        t.showTextAligned(Element.ALIGN_RIGHT, String.valueOf(goal.negative()), axis - goal.negative() * unit - 3, y + 2, 0);
        t.setColorFill(goal.positive() > 0 ? POSITIVE : MUTED);
        t.showTextAligned(Element.ALIGN_LEFT, String.valueOf(goal.positive()), axis + goal.positive() * unit + 3, y + 2, 0);
        t.endText();
    }

    private void drawState(PdfTemplate t, GoalEffect goal, float barsLeft, float width, float axis, float rowTop) {
        float y = rowTop - ROW + 2f;
        t.setColorFill(BAND);
        t.rectangle(barsLeft, y, width - barsLeft, ROW - 4);
        t.fill();
        t.beginText();
        t.setColorFill(MUTED);
        t.setFontAndSize(regular, 7);
        t.showTextAligned(Element.ALIGN_CENTER, glyphs.apply(goal.stateLabel()), axis, y + 2, 0);
        t.endText();
    }

    private String fit(String text, float width) {
        if (regular.getWidthPoint(text, LABEL_SIZE) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && regular.getWidthPoint(shortened + "…", LABEL_SIZE) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "…";
    }
}
