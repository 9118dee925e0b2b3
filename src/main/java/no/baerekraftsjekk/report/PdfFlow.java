package no.baerekraftsjekk.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out a tagged report from the top of page 1 down: paragraphs, tables, coloured bands and
 * figures, each painted inside its structure element (see {@link TaggedPdf}) and every rule and
 * fill as an artifact. It does the layout itself, with OpenPDF's {@link ColumnText} for the lines,
 * rather than through {@code Document.add}, because only then does it know where each element's
 * content starts and stops: a paragraph or a table cell that runs over a page break is ended at the
 * foot of the page and begun again at the top of the next, so the structure stays whole while the
 * content streams stay balanced, and a table's header row is painted again (as an artifact) above
 * its continuation. A new kind of section (a comparison, a logo) uses {@link #paragraph},
 * {@link #table}, {@link #band} or {@link #drawing} with elements made by {@link TaggedPdf}.
 */
final class PdfFlow {
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    /** Below a paragraph's first line, the room a descender needs. */
    private static final float DESCENT = 2f;

    private final Document document;
    private final PdfWriter writer;
    private final TaggedPdf tags;
    /** Where the next content starts, from the page's bottom. */
    private float y;

    PdfFlow(Document document, PdfWriter writer, TaggedPdf tags) {
        this.document = document;
        this.writer = writer;
        this.tags = tags;
        this.y = document.top();
    }

    /** One cell: its content made afresh for each use (measuring consumes it), its fill and border. */
    record Cell(Supplier<Paragraph> content, Color fill, int border, float padTop, float padRight, float padBottom, float padLeft,
                boolean header) {
    }

    /** The space left on this page below the content laid out so far. */
    float room() {
        return y - document.bottom();
    }

    boolean atPageTop() {
        return y >= document.top() - 0.01f;
    }

    /** A new page, unless nothing has been laid out on this one yet. */
    void newPage() {
        if (!atPageTop()) {
            document.newPage();
        }
        y = document.top();
    }

    /** Moves to a new page when less than {@code room} is left, so what follows starts together. */
    void keepWithNext(float needed) {
        if (room() < needed) {
            newPage();
        }
    }

    void space(float points) {
        if (!atPageTop()) {
            y -= points;
        }
    }

    /** A paragraph as the content of {@code element} (P or a heading); it flows over as many pages as it needs. */
    void paragraph(PdfStructureElement element, Paragraph p) {
        float before = p.getSpacingBefore();
        float after = p.getSpacingAfter();
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        if (room() < before + p.getTotalLeading() + DESCENT) {
            newPage();
        }
        space(before);
        ColumnText column = new ColumnText(canvas());
        column.addElement(p);
        while (true) {
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
            PdfContentByte canvas = canvas();
            tags.begin(canvas, element);
            int status = paint(column);
            tags.end(canvas);
            y = column.getYLine();
            if (!ColumnText.hasMoreText(status)) {
                break;
            }
            newPage();
        }
        y -= after;
    }

    /** Paints at the given top left corner; the painter marks its own content (see {@link TaggedPdf}). */
    interface Painting {
        void paint(PdfContentByte canvas, float left, float top);
    }

    /**
     * Something {@code height} tall that paints and tags itself, such as the chart (a Figure and a
     * Table in one place); it moves whole to the next page when it does not fit.
     */
    void drawing(float height, float after, Painting painting) {
        if (room() < height) {
            newPage();
        }
        painting.paint(canvas(), document.left(), y);
        y -= height + after;
    }

    /**
     * A table across the text width: Table, then TR with TH or TD per row. Header cells of the
     * header row head their column, header cells in a body row head their row. The header row is
     * repeated as decoration above each continuation; a row moves whole to the next page unless it
     * is taller than a page, and with {@code keepTogether} the whole table does.
     */
    void table(PdfStructureElement parent, float[] relativeWidths, List<Cell> header, List<List<Cell>> rows,
               boolean keepTogether, float before, float after) {
        float[] widths = absolute(relativeWidths);
        PdfStructureElement table = tags.element(parent, PdfName.TABLE);
        float headerHeight = header.isEmpty() ? 0 : height(header, widths);
        float page = document.top() - document.bottom();
        if (keepTogether) {
            float total = headerHeight;
            for (List<Cell> row : rows) {
                total += height(row, widths);
            }
            if (total + before <= page) {
                keepWithNext(total + before);
            }
        }
        float first = rows.isEmpty() ? 0 : Math.min(height(rows.getFirst(), widths), 60);
        keepWithNext(before + headerHeight + first);
        space(before);
        if (!header.isEmpty()) {
            paintRow(header, widths, elements(table, header, TaggedPdf.COLUMN), null);
        }
        for (List<Cell> row : rows) {
            float height = height(row, widths);
            if (height > room() && height <= page - headerHeight) {
                newPage();
                repeatHeader(header, widths);
            }
            paintRow(row, widths, elements(table, row, TaggedPdf.ROW), header);
        }
        y -= after;
    }

    /**
     * A band of colour across the text width holding one paragraph, the content of {@code element}:
     * the goal tile that heads a goal's assessment. {@code keepWithNext} is the room the start of
     * what follows needs on the same page.
     */
    void band(PdfStructureElement element, Supplier<Paragraph> content, Color fill, float padding, float before, float after,
              float keepWithNext) {
        Cell cell = new Cell(content, fill, Rectangle.NO_BORDER, 1, padding, padding, padding, false);
        float[] widths = {document.right() - document.left()};
        List<Cell> row = List.of(cell);
        keepWithNext(before + height(row, widths) + keepWithNext);
        space(before);
        paintRow(row, widths, List.of(element), null);
        y -= after;
    }

    private List<PdfStructureElement> elements(PdfStructureElement table, List<Cell> row, PdfName headerScope) {
        PdfStructureElement tr = tags.element(table, TaggedPdf.TR);
        List<PdfStructureElement> cells = new ArrayList<>();
        for (Cell cell : row) {
            cells.add(cell.header() ? tags.headerCell(tr, headerScope) : tags.element(tr, PdfName.TD));
        }
        return cells;
    }

    private void repeatHeader(List<Cell> header, float[] widths) {
        if (!header.isEmpty()) {
            paintRow(header, widths, null, null);
        }
    }

    /**
     * Paints one row, its cells as {@code elements} (null: as decoration, for a repeated header).
     * A row taller than the room left is continued on the next page, below the repeated header.
     */
    private void paintRow(List<Cell> row, float[] widths, List<PdfStructureElement> elements, List<Cell> header) {
        ColumnText[] columns = new ColumnText[row.size()];
        boolean[] done = new boolean[row.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new ColumnText(canvas());
            columns[i].addElement(row.get(i).content().get());
        }
        while (true) {
            float top = y;
            float height = 0;
            boolean all = true;
            float x = document.left();
            for (int i = 0; i < columns.length; i++) {
                Cell cell = row.get(i);
                if (!done[i]) {
                    columns[i].setSimpleColumn(x + cell.padLeft(), document.bottom(), x + widths[i] - cell.padRight(), top - cell.padTop());
                    PdfContentByte canvas = canvas();
                    if (elements == null) {
                        tags.beginArtifact(canvas, true);
                    } else {
                        tags.begin(canvas, elements.get(i));
                    }
                    done[i] = !ColumnText.hasMoreText(paint(columns[i]));
                    tags.end(canvas);
                    height = Math.max(height, top - columns[i].getYLine() + cell.padBottom());
                }
                all &= done[i];
                x += widths[i];
            }
            if (!all) {
                height = top - document.bottom();
            }
            decorate(row, widths, top, height);
            y = top - height;
            if (all) {
                return;
            }
            newPage();
            if (header != null) {
                repeatHeader(header, widths);
            }
        }
    }

    /** Fills and rules of a row, beneath the text, as decoration. */
    private void decorate(List<Cell> row, float[] widths, float top, float height) {
        PdfContentByte under = writer.getDirectContentUnder();
        tags.beginArtifact(under, false);
        under.saveState();
        float x = document.left();
        for (int i = 0; i < row.size(); i++) {
            Cell cell = row.get(i);
            if (cell.fill() != null) {
                under.setColorFill(cell.fill());
                under.rectangle(x, top - height, widths[i], height);
                under.fill();
            }
            if (cell.border() != Rectangle.NO_BORDER) {
                under.setColorStroke(RULE);
                under.setLineWidth(0.5f);
                if (cell.border() == Rectangle.BOX) {
                    under.rectangle(x, top - height, widths[i], height);
                } else {
                    under.moveTo(x, top - height);
                    under.lineTo(x + widths[i], top - height);
                }
                under.stroke();
            }
            x += widths[i];
        }
        under.restoreState();
        tags.end(under);
    }

    /** The height a row needs, measured by laying its cells out without painting them. */
    private float height(List<Cell> row, float[] widths) {
        float height = 0;
        for (int i = 0; i < row.size(); i++) {
            Cell cell = row.get(i);
            ColumnText column = new ColumnText(canvas());
            column.addElement(cell.content().get());
            column.setSimpleColumn(0, -100_000, widths[i] - cell.padLeft() - cell.padRight(), 0);
            try {
                column.go(true);
            } catch (org.openpdf.text.DocumentException e) {
                throw new IllegalStateException(e);
            }
            height = Math.max(height, -column.getYLine() + cell.padTop() + cell.padBottom());
        }
        return height;
    }

    private float[] absolute(float[] relative) {
        float sum = 0;
        for (float r : relative) {
            sum += r;
        }
        float width = document.right() - document.left();
        float[] widths = new float[relative.length];
        for (int i = 0; i < relative.length; i++) {
            widths[i] = relative[i] / sum * width;
        }
        return widths;
    }

    private static int paint(ColumnText column) {
        try {
            return column.go();
        } catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private PdfContentByte canvas() {
        return writer.getDirectContent();
    }
}
