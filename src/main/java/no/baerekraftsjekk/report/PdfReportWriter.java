package no.baerekraftsjekk.report;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import no.baerekraftsjekk.domain.text.Texts;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a {@link ReportContent} as PDF/A-1b for the archive: the font embedded, an sRGB output
 * intent, XMP metadata, bookmarks for every heading, document title and language nb-NO, and the
 * summary chart as vectors. One instance may write many reports, one at a time; it keeps the parsed
 * fonts, which is what makes every export after the first one fast.
 */
public final class PdfReportWriter {
    private static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    private static final Color MUTED = new Color(0x4A, 0x4A, 0x4A);
    private static final Color HEADING = new Color(0x0B, 0x3D, 0x5C);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    private static final Color HEADER_FILL = new Color(0xE6, 0xEC, 0xF1);
    private static final Color NOTICE = new Color(0xA0, 0x10, 0x10);
    private static final float BODY_SIZE = 9.5f;
    /** Below this much room a heading moves to the next page, so it never stands alone at a page foot. */
    private static final float KEEP_WITH_NEXT = 90f;

    private final PdfFonts fonts;
    private final ReportLabels labels;

    /** A writer whose own few words (page numbers, notes on replaced characters) are in the language of {@code texts}. */
    public PdfReportWriter(Texts texts) {
        this.fonts = new PdfFonts();
        this.labels = new ReportLabels(texts);
    }

    /**
     * How much page 1 may shrink, step by step, so that it stays one page whatever the length of the
     * title and of the texts shown there: tried in order, the first that fits is used.
     */
    private static final float[] PAGE_ONE_SCALES = {1f, 0.93f, 0.87f, 0.81f, 0.75f};
    /** The chapters after page 1 are reference, read at a desk: a little smaller type keeps them short. */
    private static final float DETAIL_SCALE = 0.92f;

    public void write(ReportContent content, OutputStream out) throws IOException {
        try {
            float scale = PAGE_ONE_SCALES[PAGE_ONE_SCALES.length - 1];
            for (float candidate : PAGE_ONE_SCALES) {
                // A trial of page 1 alone, thrown away: cheap next to the whole report.
                if (new Run(content, OutputStream.nullOutputStream(), candidate).pageOneFits()) {
                    scale = candidate;
                    break;
                }
            }
            new Run(content, out, scale).render();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The state of writing one report. */
    private final class Run {
        private final ReportContent content;
        private final Document document = new Document(PageSize.A4, 56, 56, 46, 54);
        private final PdfWriter writer;
        private final GlyphFilter glyphs = new GlyphFilter(fonts);
        private final PdfPageDecorator decorator;
        /** The block after the one being added: a heading needs room for the start of it on the same page. */
        private ReportBlock next;
        /** Page 1's scale (see PAGE_ONE_SCALES) while on page 1, then 1. */
        private final float pageOneScale;
        private float scale;
        private Font body;
        private Font strong;
        private Font cellFont;
        private Font cellStrong;
        private Font note;
        private Font kicker;
        private Font noticeFont;
        private Font h1;
        private Font h2;

        Run(ReportContent content, OutputStream out, float pageOneScale) throws DocumentException {
            this.content = content;
            this.pageOneScale = pageOneScale;
            useScale(pageOneScale);
            this.writer = PdfWriter.getInstance(document, out);
            // The caller owns the stream: SafeFileWriter still has to flush it to disk after we are done.
            writer.setCloseStream(false);
            ReportMetadata meta = content.metadata();
            this.decorator = new PdfPageDecorator(fonts, labels, meta.exemptionNotice().map(glyphs::filter).orElse(null),
                    meta.draftNotice().orElse(null), glyphs.filter(meta.footerCaption()));
        }

        private void useScale(float value) {
            scale = value;
            body = new Font(fonts.regular(), BODY_SIZE * value, Font.NORMAL, TEXT);
            strong = new Font(fonts.bold(), BODY_SIZE * value, Font.NORMAL, TEXT);
            cellFont = new Font(fonts.regular(), 8.5f * value, Font.NORMAL, TEXT);
            cellStrong = new Font(fonts.bold(), 8.5f * value, Font.NORMAL, TEXT);
            note = new Font(fonts.regular(), 8.5f * value, Font.NORMAL, MUTED);
            kicker = new Font(fonts.bold(), 10 * value, Font.NORMAL, MUTED);
            noticeFont = new Font(fonts.bold(), BODY_SIZE * value, Font.NORMAL, NOTICE);
            h1 = new Font(fonts.bold(), 14 * value, Font.NORMAL, HEADING);
            h2 = new Font(fonts.bold(), 11.5f * value, Font.NORMAL, HEADING);
        }

        /** Lays out page 1 alone and tells whether it stayed on one page. */
        boolean pageOneFits() throws DocumentException {
            document.open();
            List<ReportBlock> blocks = content.blocks();
            for (int i = 0; i < blocks.size() && !(blocks.get(i) instanceof ReportBlock.PageBreak); i++) {
                next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                add(blocks.get(i));
                if (writer.getPageNumber() > 1) {
                    break;
                }
            }
            boolean fits = writer.getPageNumber() == 1;
            document.close();
            return fits;
        }

        void render() throws DocumentException, IOException {
            ReportMetadata meta = content.metadata();
            // PDF/A: conformance before the document opens, then metadata, output intent and language.
            writer.setPDFXConformance(PdfWriter.PDFA1B);
            writer.setPageEvent(decorator);
            document.addTitle(meta.title());
            document.addAuthor(meta.author());
            document.addSubject(meta.subject());
            document.addKeywords(meta.keywords(labels.text("field.caseNumber")));
            archiveEntries(meta);
            document.addCreator(labels.texts().get("app.title"));
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            writer.createXmpMetadata();
            document.open();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language()));
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            List<ReportBlock> blocks = content.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                add(blocks.get(i));
            }
            if (glyphs.replacedAny()) {
                document.add(paragraph(labels.text("glyphs.replaced"), note, 12, 0));
            }
            if (glyphs.replacedRightToLeft()) {
                document.add(paragraph(labels.text("glyphs.rtl"), note, 4, 0));
            }
            document.close();
        }

        /**
         * Case number, organisation and exemption as entries of the document information, where an
         * archive's import reads them; the same facts are in the keywords, which XMP mirrors.
         */
        private void archiveEntries(ReportMetadata meta) {
            PdfDictionary info = writer.getInfo();
            putInfo(info, "meta.caseNumber", meta.caseNumber());
            putInfo(info, "meta.organisation", meta.organisation());
            putInfo(info, "meta.exemption", meta.exemptionNotice().orElse(""));
            putInfo(info, "meta.exemptionBasis", meta.exemptionBasis().orElse(""));
        }

        private void putInfo(PdfDictionary info, String key, String value) {
            if (!value.isBlank()) {
                info.put(new PdfName(labels.text(key)), new PdfString(value, PdfObject.TEXT_UNICODE));
            }
        }

        /** One method per kind of block, so each kind's tagging and layout live in one place. */
        private void add(ReportBlock block) throws DocumentException {
            switch (block) {
                case ReportBlock.Title t -> addTitle(t);
                case ReportBlock.Heading h -> addHeading(h);
                case ReportBlock.Text t -> addText(t);
                case ReportBlock.LabelledText l -> addLabelled(l);
                case ReportBlock.Fields f -> document.add(fields(f));
                case ReportBlock.Table t -> document.add(table(t));
                case ReportBlock.GoalTile g -> addGoalTile(g);
                case ReportBlock.EffectChart c -> addChart(c);
                case ReportBlock.PageBreak p -> {
                    document.newPage();
                    useScale(DETAIL_SCALE);
                }
            }
        }

        /** The case title; a long one gets a smaller size, so page 1 stays one page whatever its length. */
        private void addTitle(ReportBlock.Title title) throws DocumentException {
            String text = glyphs.filter(title.text());
            int length = text.length();
            float size = (length <= 70 ? 17 : length <= 140 ? 14 : 12f) * scale;
            Chunk chunk = new Chunk(text, new Font(fonts.bold(), size, Font.NORMAL, HEADING));
            chunk.setGenericTag(decorator.tagFor(1, text));
            Paragraph p = new Paragraph(chunk);
            p.setSpacingBefore(2);
            p.setSpacingAfter(6);
            p.setLeading(size * 1.22f);
            document.add(p);
        }

        private void addHeading(ReportBlock.Heading heading) throws DocumentException {
            keepWithNext((heading.level() == 1 ? 28 : 22) + roomForStartOf(next));
            String text = glyphs.filter(heading.text());
            Chunk chunk = new Chunk(text, heading.level() == 1 ? h1 : h2);
            chunk.setGenericTag(decorator.tagFor(heading.level(), text));
            Paragraph p = new Paragraph(chunk);
            p.setSpacingBefore(heading.level() == 1 ? 7 : 6);
            p.setSpacingAfter(heading.level() == 1 ? 4 : 3);
            p.setLeading(heading.level() == 1 ? 17 : 15);
            document.add(p);
        }

        private void addText(ReportBlock.Text text) throws DocumentException {
            switch (text.style()) {
                case BODY -> addParagraphs(text.text(), body);
                case NOTE -> addParagraphs(text.text(), note);
                case KICKER -> document.add(paragraph(text.text(), kicker, 0, 2));
                case NOTICE -> document.add(paragraph(text.text(), noticeFont, 0, 4));
                case LEAD -> {
                    // A conflict's direction and the severity line under it belong together.
                    keepWithNext(2 * 14 + 40);
                    Paragraph first = paragraph(text.text(), strong, 6, 1);
                    document.add(first);
                }
            }
        }

        /** "Begrunnelse: …" with the label in bold, in the text's first paragraph, so it cannot be left alone. */
        private void addLabelled(ReportBlock.LabelledText labelled) throws DocumentException {
            String[] lines = labelled.text().split("\r?\n", -1);
            Paragraph first = new Paragraph(new Chunk(glyphs.filter(labelled.label() + ": "), strong));
            first.add(new Chunk(glyphs.filter(lines[0]), body));
            first.setLeading(BODY_SIZE * 1.35f);
            first.setSpacingBefore(3);
            first.setSpacingAfter(lines.length == 1 ? 4 : 2);
            document.add(first);
            for (int i = 1; i < lines.length; i++) {
                document.add(paragraph(lines[i].isEmpty() ? " " : lines[i], body, 0, i == lines.length - 1 ? 4 : 2));
            }
        }

        /** Each line of a free text as its own paragraph, so a 20 000-character text flows over pages. */
        private void addParagraphs(String text, Font font) throws DocumentException {
            for (String line : text.split("\r?\n", -1)) {
                document.add(paragraph(line.isEmpty() ? " " : line, font, 0, 3));
            }
        }

        private Paragraph paragraph(String text, Font font, float before, float after) {
            Paragraph p = new Paragraph(glyphs.filter(text), font);
            p.setLeading(font.getSize() * 1.35f);
            p.setSpacingBefore(before);
            p.setSpacingAfter(after);
            return p;
        }

        private PdfPTable fields(ReportBlock.Fields fields) {
            PdfPTable table = new PdfPTable(fields.pairsPerRow() == 1
                    ? new float[] {1.3f, 3f} : new float[] {0.95f, 2.05f, 1.1f, 1.3f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(2);
            table.setSpacingAfter(6);
            table.setSplitLate(true);
            // A goal's or a conflict's facts belong together; they are short enough to move as one.
            table.setKeepTogether(true);
            for (List<ReportBlock.Field> row : fields.rows()) {
                for (ReportBlock.Field field : row) {
                    table.addCell(cell(field.label(), strong, null, Rectangle.BOTTOM));
                    table.addCell(cell(field.value(), body, null, Rectangle.BOTTOM));
                }
            }
            return table;
        }

        private PdfPTable table(ReportBlock.Table data) {
            float[] widths = new float[data.relativeWidths().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = data.relativeWidths().get(i);
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(2);
            table.setSpacingAfter(7);
            table.setHeaderRows(1);
            // Rows move whole to the next page; only a row taller than a page is split.
            table.setSplitLate(true);
            for (String head : data.header()) {
                table.addCell(cell(head, cellStrong, HEADER_FILL, Rectangle.BOX));
            }
            for (List<String> row : data.rows()) {
                for (String value : row) {
                    table.addCell(cell(value, cellFont, null, Rectangle.BOX));
                }
            }
            return table;
        }

        private PdfPCell cell(String text, Font font, Color fill, int border) {
            Paragraph p = new Paragraph(glyphs.filter(text), font);
            p.setLeading(font.getSize() * 1.35f);
            PdfPCell cell = new PdfPCell();
            cell.addElement(p);
            cell.setBorder(border);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
            cell.setPaddingTop(1);
            cell.setPaddingBottom(2.5f);
            cell.setPaddingLeft(border == Rectangle.BOX ? 5 : 0);
            cell.setPaddingRight(5);
            if (fill != null) {
                cell.setBackgroundColor(fill);
            }
            return cell;
        }

        private void addGoalTile(ReportBlock.GoalTile tile) throws DocumentException {
            keepWithNext(50 + roomForStartOf(next));
            Color fill = Color.decode(tile.colour());
            Color ink = "white".equalsIgnoreCase(tile.textColour()) ? Color.WHITE : Color.BLACK;
            String text = glyphs.filter(tile.headingText());
            Chunk number = new Chunk(tile.goal() + "  ", new Font(fonts.bold(), 13, Font.NORMAL, ink));
            Chunk title = new Chunk(glyphs.filter(tile.title()), new Font(fonts.bold(), 11, Font.NORMAL, ink));
            number.setGenericTag(decorator.tagFor(2, text));
            Paragraph p = new Paragraph();
            p.add(number);
            p.add(title);
            p.setLeading(15);
            PdfPCell cell = new PdfPCell();
            cell.addElement(p);
            cell.setBackgroundColor(fill);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(5);
            cell.setPaddingTop(1);
            PdfPTable table = new PdfPTable(1);
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            table.setSpacingAfter(3);
            table.addCell(cell);
            document.add(table);
        }

        private void addChart(ReportBlock.EffectChart chart) throws DocumentException {
            float width = document.right() - document.left();
            PdfTemplate template = new PdfEffectChart(fonts, glyphs::filter, scale).draw(writer.getDirectContent(), chart, width);
            Image image = Image.getInstance(template);
            image.setAlt(glyphs.filter(chart.altText()));
            image.setAlignment(Element.ALIGN_LEFT);
            image.setSpacingAfter(2);
            document.add(image);
            String legend = PdfEffectChart.legend(chart, labels);
            if (!legend.isEmpty()) {
                document.add(paragraph(legend, note, 0, 2));
            }
        }

        /** How much of a block must fit below its heading: a short table whole, else its first lines. */
        private float roomForStartOf(ReportBlock block) {
            return switch (block) {
                case ReportBlock.Table t -> t.rows().size() <= 6 ? 22 + 26 * t.rows().size() : 100;
                case ReportBlock.Fields f -> f.rows().stream()
                        .mapToInt(row -> row.stream().mapToInt(x -> x.value().split("\n", -1).length).max().orElse(1))
                        .mapToObj(lines -> 6 + 14f * lines).reduce(14f, Float::sum);
                case ReportBlock.GoalTile g -> KEEP_WITH_NEXT * 1.6f;
                case null -> 0;
                default -> 40;
            };
        }

        private void keepWithNext(float room) throws DocumentException {
            if (writer.getVerticalPosition(true) - document.bottom() < room) {
                document.newPage();
            }
        }
    }
}
