package no.baerekraftsjekk.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfStructureElement;

/**
 * Draws the summary chart as vectors: one row per goal, the negative effect as a bar to the left of
 * the axis and the positive to the right, each on the chart's scale, so neither can hide the other.
 * A goal judged not relevant or not assessed says so in its row instead of showing bars. A rating of
 * low certainty is hatched, «vet ikke» only outlined with a dashed line: marks that survive printing
 * in black and white, and the row's label says the same in words.
 * <p>
 * For a screen reader the chart is two things in one place: a Figure (bars, grid, scale and colour
 * tiles) whose alternative text sums it up, followed by a Table of the same numbers (a header row
 * of the two sides, then per goal its label heading the row, the negative and the positive level,
 * or the goal's state across both). {@link Structure} holds those elements; each piece is painted
 * inside the element it belongs to.
 */
final class PdfEffectChart {
    // Two greys apart when printed in black and white (about 45 % and 25 % lightness), besides
    // their side of the axis and the signed number at each bar's end.
    static final Color POSITIVE = new Color(0x3A, 0x9A, 0x4F);
    static final Color NEGATIVE = new Color(0x9E, 0x1B, 0x1B);
    static final Color GRID = new Color(0xCC, 0xCC, 0xCC);
    static final Color BAND = new Color(0xF2, 0xF2, 0xF2);
    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private final float row;
    private static final float HEAD = 20f;
    private final float labelSize;
    private static final float TILE = 13f;

    private final BaseFont regular;
    private final BaseFont bold;
    private final UnaryOperator<String> glyphs;

    /** @param scale below 1 when page 1 must shrink to stay one page */
    PdfEffectChart(PdfFonts fonts, UnaryOperator<String> glyphs, float scale) {
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.glyphs = glyphs;
        this.row = 9.4f * scale;
        this.labelSize = 7.2f * Math.max(scale, 0.9f);
    }

    /** The line under the chart explaining its patterns; empty when no bar has one. */
    static String legend(ReportBlock.EffectChart chart, ReportLabels labels) {
        List<String> parts = new ArrayList<>();
        if (chart.goals().stream().anyMatch(g -> g.state() == GoalEffect.State.RATED && g.confidence() == GoalEffect.Confidence.LOW)) {
            parts.add(labels.text("chart.legend.low"));
        }
        if (chart.goals().stream().anyMatch(g -> g.state() == GoalEffect.State.RATED && g.confidence() == GoalEffect.Confidence.UNKNOWN)) {
            parts.add(labels.text("chart.legend.unknown"));
        }
        return String.join(" ", parts);
    }

    /** How tall the chart of {@code chart} is drawn. */
    float height(ReportBlock.EffectChart chart) {
        return HEAD + chart.goals().size() * row + 4;
    }

    /**
     * The structure elements the chart's pieces are painted in: the figure, the header cells
     * (empty over the labels, then negative, positive) and per goal its label, negative and positive
     * cell, or label and state cell.
     */
    record Structure(TaggedPdf tags, PdfStructureElement figure, List<PdfStructureElement> header,
                     List<List<PdfStructureElement>> rows) {
        static Structure of(TaggedPdf tags, PdfStructureElement parent, String alt, ReportBlock.EffectChart chart) {
            PdfStructureElement figure = tags.figure(parent, alt);
            PdfStructureElement table = tags.element(parent, org.openpdf.text.pdf.PdfName.TABLE);
            PdfStructureElement headRow = tags.element(table, TaggedPdf.TR);
            List<PdfStructureElement> header = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                header.add(tags.headerCell(headRow, TaggedPdf.COLUMN));
            }
            List<List<PdfStructureElement>> rows = new ArrayList<>();
            for (GoalEffect goal : chart.goals()) {
                PdfStructureElement tr = tags.element(table, TaggedPdf.TR);
                List<PdfStructureElement> cells = new ArrayList<>();
                cells.add(tags.headerCell(tr, TaggedPdf.ROW));
                if (goal.state() == GoalEffect.State.RATED) {
                    cells.add(tags.element(tr, org.openpdf.text.pdf.PdfName.TD));
                    cells.add(tags.element(tr, org.openpdf.text.pdf.PdfName.TD));
                } else {
                    cells.add(tags.spanningCell(tr, 2));
                }
                rows.add(cells);
            }
            return new Structure(tags, figure, header, rows);
        }
    }

    /** Draws the chart with its top left corner at ({@code x}, {@code top}) on the page. */
    void draw(PdfContentByte canvas, ReportBlock.EffectChart chart, float x, float top, float width, Structure structure) {
        int rows = chart.goals().size();
        float height = height(chart);
        canvas.saveState();
        canvas.concatCTM(1, 0, 0, 1, x, top - height);
        Painter t = new Painter(canvas, structure);
        float labelWidth = width * 0.47f;
        float barsLeft = labelWidth + 8;
        float axis = barsLeft + (width - barsLeft) / 2;
        float unit = (width - barsLeft) / 2 / (chart.scale() * 1.1f);
        float chartTop = height - HEAD;

        drawScale(t, chart, axis, unit, chartTop, rows);
        for (int i = 0; i < rows; i++) {
            GoalEffect goal = chart.goals().get(i);
            float rowTop = chartTop - i * row;
            drawLabel(t, i, goal, rowTop, labelWidth);
            if (goal.state() == GoalEffect.State.RATED) {
                drawBars(t, i, goal, axis, unit, rowTop);
            } else {
                drawState(t, i, goal, barsLeft, width, axis, rowTop);
            }
        }
        canvas.restoreState();
    }

    /** The canvas, painting each piece inside its structure element. */
    private static final class Painter {
        final PdfContentByte canvas;
        final Structure structure;

        Painter(PdfContentByte canvas, Structure structure) {
            this.canvas = canvas;
            this.structure = structure;
        }

        void in(PdfStructureElement element, Runnable paint) {
            structure.tags().begin(canvas, element);
            paint.run();
            structure.tags().end(canvas);
        }

        void figure(Runnable paint) {
            in(structure.figure(), paint);
        }

        void cell(int row, int column, Runnable paint) {
            in(row < 0 ? structure.header().get(column) : structure.rows().get(row).get(column), paint);
        }
    }

    private void drawScale(Painter p, ReportBlock.EffectChart chart, float axis, float unit, float top, int rows) {
        PdfContentByte t = p.canvas;
        float bottom = top - rows * row;
        int step = chart.scale() / 3;
        p.figure(() -> {
            t.setLineWidth(0.4f);
            t.setColorStroke(GRID);
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
            t.endText();
        });
        // The two sides' names head the table's columns; the column of labels has no visible head.
        p.cell(-1, 0, () -> { });
        p.cell(-1, 1, () -> text(t, bold, 8, NEGATIVE, Element.ALIGN_RIGHT, "◀ " + glyphs.apply(chart.negativeLabel()), axis - 6, top + 13));
        p.cell(-1, 2, () -> text(t, bold, 8, POSITIVE, Element.ALIGN_LEFT, glyphs.apply(chart.positiveLabel()) + " ▶", axis + 6, top + 13));
    }

    private static void text(PdfContentByte t, BaseFont font, float size, Color colour, int align, String text, float x, float y) {
        t.beginText();
        t.setColorFill(colour);
        t.setFontAndSize(font, size);
        t.showTextAligned(align, text, x, y, 0);
        t.endText();
    }

    private void drawLabel(Painter p, int index, GoalEffect goal, float rowTop, float labelWidth) {
        PdfContentByte t = p.canvas;
        float y = rowTop - row + 2;
        p.figure(() -> {
            t.setColorFill(Color.decode(goal.colour()));
            t.rectangle(0, y, TILE + 4, row - 3);
            t.fill();
        });
        String title = goal.state() == GoalEffect.State.RATED && goal.confidence() != GoalEffect.Confidence.PLAIN
                ? goal.title() + " (" + goal.confidenceLabel() + ")" : goal.title();
        p.cell(index, 0, () -> {
            text(t, bold, labelSize, "white".equalsIgnoreCase(goal.textColour()) ? Color.WHITE : Color.BLACK, Element.ALIGN_CENTER,
                    String.valueOf(goal.goal()), (TILE + 4) / 2, y + 3);
            text(t, regular, labelSize, goal.state() == GoalEffect.State.RATED ? TEXT : MUTED, Element.ALIGN_LEFT,
                    fit(glyphs.apply(title), labelWidth - TILE - 10), TILE + 8, y + 3);
        });
    }

    private void drawBars(Painter p, int index, GoalEffect goal, float axis, float unit, float rowTop) {
        PdfContentByte t = p.canvas;
        float barHeight = row - 4;
        float y = rowTop - row + 2f;
        p.figure(() -> {
            if (goal.negative() > 0) {
                bar(t, goal.confidence(), NEGATIVE, axis - goal.negative() * unit, y, goal.negative() * unit, barHeight);
            }
            if (goal.positive() > 0) {
                bar(t, goal.confidence(), POSITIVE, axis, y, goal.positive() * unit, barHeight);
            }
        });
        p.cell(index, 1, () -> text(t, bold, 7, goal.negative() > 0 ? NEGATIVE : MUTED, Element.ALIGN_RIGHT,
                goal.negative() > 0 ? ConflictLines.signed(-goal.negative()) : "0", axis - goal.negative() * unit - 3, y + 2));
        p.cell(index, 2, () -> text(t, bold, 7, goal.positive() > 0 ? POSITIVE : MUTED, Element.ALIGN_LEFT,
                goal.positive() > 0 ? ConflictLines.signed(goal.positive()) : "0", axis + goal.positive() * unit + 3, y + 2));
    }

    /** A solid bar; hatched for low certainty; a dashed outline for «vet ikke». */
    static void bar(PdfContentByte t, GoalEffect.Confidence confidence, Color colour, float x, float y, float w, float h) {
        switch (confidence) {
            case PLAIN -> {
                t.setColorFill(colour);
                t.rectangle(x, y, w, h);
                t.fill();
            }
            case LOW -> {
                t.saveState();
                t.rectangle(x, y, w, h);
                t.clip();
                t.newPath();
                t.setColorStroke(colour);
                t.setLineWidth(1.1f);
                for (float offset = -h; offset < w; offset += 3.2f) {
                    t.moveTo(x + offset, y);
                    t.lineTo(x + offset + h, y + h);
                }
                t.stroke();
                t.restoreState();
                t.setColorStroke(colour);
                t.setLineWidth(0.9f);
                t.rectangle(x + 0.45f, y + 0.45f, w - 0.9f, h - 0.9f);
                t.stroke();
            }
            case UNKNOWN -> {
                t.saveState();
                t.setColorStroke(colour);
                t.setLineWidth(1.1f);
                t.setLineDash(2.2f, 1.6f, 0);
                t.rectangle(x + 0.55f, y + 0.55f, w - 1.1f, h - 1.1f);
                t.stroke();
                t.restoreState();
            }
        }
    }

    private void drawState(Painter p, int index, GoalEffect goal, float barsLeft, float width, float axis, float rowTop) {
        PdfContentByte t = p.canvas;
        float y = rowTop - row + 2f;
        p.figure(() -> {
            t.setColorFill(BAND);
            t.rectangle(barsLeft, y, width - barsLeft, row - 4);
            t.fill();
        });
        p.cell(index, 1, () -> text(t, regular, 7, MUTED, Element.ALIGN_CENTER, glyphs.apply(goal.stateLabel()), axis, y + 2));
    }

    private String fit(String text, float width) {
        if (regular.getWidthPoint(text, labelSize) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && regular.getWidthPoint(shortened + "…", labelSize) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "…";
    }
}
