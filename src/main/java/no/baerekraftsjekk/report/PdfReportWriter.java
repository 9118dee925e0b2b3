package no.baerekraftsjekk.report;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.text.Texts;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a {@link ReportContent} as a tagged PDF for the archive and for every reader: PDF/A-2a and
 * PDF/UA-1, with the font embedded, an sRGB output intent, XMP metadata, bookmarks for every heading,
 * document title (shown in the viewer's title bar) and language, and the summary chart as vectors in
 * a Figure with its alternative text. The structure (H1–H3, P, Table/TR/TH/TD, Figure) is made
 * through {@link TaggedPdf} and laid out by {@link PdfFlow}. One instance may write many reports, one at a time; it keeps the parsed
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
    private static final float TOP_MARGIN = 46f;

    private final PdfFonts fonts;
    private final ReportLabels labels;
    private final CouncilLook look;

    /** A writer whose own few words (page numbers, notes on replaced characters) are in the language of {@code texts}. */
    public PdfReportWriter(Texts texts) {
        this(texts, CouncilLook.none());
    }

    /** @param look the council's logo and name, put at the top of page 1 */
    public PdfReportWriter(Texts texts, CouncilLook look) {
        this.fonts = new PdfFonts();
        this.labels = new ReportLabels(texts);
        this.look = java.util.Objects.requireNonNull(look, "look");
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
        private final Document document = new Document(PageSize.A4, 56, 56, TOP_MARGIN, 54);
        private final PdfWriter writer;
        private final GlyphFilter glyphs = new GlyphFilter(fonts);
        private final PdfPageDecorator decorator;
        private final TaggedPdf tags;
        private final PdfFlow flow;
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
            this.tags = TaggedPdf.of(writer);
            ReportMetadata meta = content.metadata();
            this.decorator = new PdfPageDecorator(fonts, labels, tags, meta.exemptionNotice().map(glyphs::filter).orElse(null),
                    meta.draftNotice().orElse(null), glyphs.filter(meta.footerCaption()));
            // Before the flow: it starts page 1 at the top margin the letterhead deepens.
            useLetterhead();
            this.flow = new PdfFlow(document, writer, tags);
        }

        /** Page 1 gets the council's letterhead, and a deeper top margin to hold it; later pages do not. */
        private void useLetterhead() {
            try {
                PdfLetterhead.of(new CouncilLook(glyphs.filter(look.organisation()), look.logo(), look.wordTemplate()))
                        .ifPresent(letterhead -> {
                            decorator.useLetterhead(letterhead, this::usualMarginsFromPageTwo);
                            document.setMargins(document.leftMargin(), document.rightMargin(),
                                    document.topMargin() + PdfPageDecorator.LETTERHEAD_ROOM, document.bottomMargin());
                        });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** When page 1 ends (the letterhead's page): the pages after it have the usual top margin. */
        private void usualMarginsFromPageTwo() {
            if (document.topMargin() > TOP_MARGIN) {
                document.setMargins(document.leftMargin(), document.rightMargin(), TOP_MARGIN, document.bottomMargin());
            }
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

        /**
         * Lays out page 1 alone and tells whether it stayed on one page. The trial is not closed:
         * closing would subset and write its fonts and its page to a stream that throws them away
         * (about 5 % of a report's processor time in a batch), and the answer is known before.
         */
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
            return writer.getPageNumber() == 1;
        }

        void render() throws DocumentException, IOException {
            ReportMetadata meta = content.metadata();
            // PDF/A-2a: conformance before the document opens, then metadata, output intent and language.
            // OpenPDF writes no CIDSet for part 2, which would be incomplete for a subset font.
            writer.setPDFXConformance(PdfWriter.PDFA2A);
            writer.setPageEvent(decorator);
            document.addTitle(meta.title());
            document.addAuthor(meta.author());
            document.addSubject(meta.subject());
            document.addKeywords(meta.keywords(labels.text("field.caseNumber")));
            archiveEntries(meta);
            document.addCreator(labels.texts().get("app.title"));
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            TaggedPdf.writeXmp(writer);
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
                addParagraph(paragraph(labels.text("glyphs.replaced"), note, 12, 0));
            }
            if (glyphs.replacedRightToLeft()) {
                addParagraph(paragraph(labels.text("glyphs.rtl"), note, 4, 0));
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
        private void add(ReportBlock block) {
            switch (block) {
                case ReportBlock.Title t -> addTitle(t);
                case ReportBlock.Heading h -> addHeading(h);
                case ReportBlock.Text t -> addText(t);
                case ReportBlock.LabelledText l -> addLabelled(l);
                case ReportBlock.Fields f -> addFields(f);
                case ReportBlock.Table t -> addTable(t);
                case ReportBlock.GoalTile g -> addGoalTile(g);
                case ReportBlock.EffectChart c -> addChart(c);
                case ReportBlock.ComparisonChart c -> addComparison(c);
                case ReportBlock.PageBreak p -> {
                    flow.newPage();
                    useScale(DETAIL_SCALE);
                }
            }
        }

        /**
         * The report's title is the one H1; chapters are H2 and sections (goal tiles too) H3, so the
         * levels descend one step at a time, as PDF/UA asks and as the Word report's styles do. A
         * report without a title (the portfolio) starts its chapters at H1.
         */
        private PdfStructureElement heading(int level) {
            boolean titled = content.blocks().stream().anyMatch(ReportBlock.Title.class::isInstance);
            int tag = titled ? level + 1 : Math.max(level, 1);
            return tags.element(tags.document(), tag == 1 ? PdfName.H1 : tag == 2 ? PdfName.H2 : PdfName.H3);
        }

        /** The case title; a long one gets a smaller size, so page 1 stays one page whatever its length. */
        private void addTitle(ReportBlock.Title title) {
            String text = glyphs.filter(title.text());
            int length = text.length();
            float size = (length <= 70 ? 17 : length <= 140 ? 14 : 12f) * scale;
            Chunk chunk = new Chunk(text, new Font(fonts.bold(), size, Font.NORMAL, HEADING));
            chunk.setGenericTag(decorator.tagFor(1, text));
            Paragraph p = new Paragraph(chunk);
            p.setSpacingBefore(2);
            p.setSpacingAfter(6);
            p.setLeading(size * 1.22f);
            flow.paragraph(heading(0), p);
        }

        private void addHeading(ReportBlock.Heading heading) {
            flow.keepWithNext((heading.level() == 1 ? 28 : 22) + roomForStartOf(next));
            String text = glyphs.filter(heading.text());
            Chunk chunk = new Chunk(text, heading.level() == 1 ? h1 : h2);
            chunk.setGenericTag(decorator.tagFor(heading.level(), text));
            Paragraph p = new Paragraph(chunk);
            p.setSpacingBefore(heading.level() == 1 ? 7 : 6);
            p.setSpacingAfter(heading.level() == 1 ? 4 : 3);
            p.setLeading(heading.level() == 1 ? 17 : 15);
            flow.paragraph(heading(heading.level()), p);
        }

        private void addText(ReportBlock.Text text) {
            switch (text.style()) {
                case BODY -> addParagraphs(text.text(), body);
                case NOTE -> addParagraphs(text.text(), note);
                case KICKER -> addParagraph(paragraph(text.text(), kicker, 0, 2));
                case NOTICE -> addParagraph(paragraph(text.text(), noticeFont, 0, 4));
                case LEAD -> {
                    // A conflict's direction and the severity line under it belong together.
                    flow.keepWithNext(2 * 14 + 40);
                    addParagraph(paragraph(text.text(), strong, 6, 1));
                }
            }
        }

        private void addParagraph(Paragraph p) {
            flow.paragraph(tags.element(tags.document(), PdfName.P), p);
        }

        /** "Begrunnelse: …" with the label in bold, in the text's first paragraph, so it cannot be left alone. */
        private void addLabelled(ReportBlock.LabelledText labelled) {
            String[] lines = labelled.text().split("\\r?\\n", -1);
            Paragraph first = new Paragraph(new Chunk(glyphs.filter(labelled.label() + ": "), strong));
            first.add(new Chunk(glyphs.filter(lines[0]), body));
            first.setLeading(BODY_SIZE * 1.35f);
            first.setSpacingBefore(3);
            first.setSpacingAfter(lines.length == 1 ? 4 : 2);
            addParagraph(first);
            for (int i = 1; i < lines.length; i++) {
                addParagraph(paragraph(lines[i].isEmpty() ? " " : lines[i], body, 0, i == lines.length - 1 ? 4 : 2));
            }
        }

        /** Each line of a free text as its own paragraph, so a 20 000-character text flows over pages. */
        private void addParagraphs(String text, Font font) {
            for (String line : text.split("\\r?\\n", -1)) {
                addParagraph(paragraph(line.isEmpty() ? " " : line, font, 0, 3));
            }
        }

        private Paragraph paragraph(String text, Font font, float before, float after) {
            Paragraph p = new Paragraph(glyphs.filter(text), font);
            p.setLeading(font.getSize() * 1.35f);
            p.setSpacingBefore(before);
            p.setSpacingAfter(after);
            return p;
        }

        /** Label–value pairs as a table whose labels head their rows, moved to the next page as one. */
        private void addFields(ReportBlock.Fields fields) {
            float[] widths = fields.pairsPerRow() == 1 ? new float[] {1.3f, 3f} : new float[] {0.95f, 2.05f, 1.1f, 1.3f};
            List<List<PdfFlow.Cell>> rows = new ArrayList<>();
            for (List<ReportBlock.Field> row : fields.rows()) {
                List<PdfFlow.Cell> cells = new ArrayList<>();
                for (ReportBlock.Field field : row) {
                    cells.add(cell(field.label(), strong, null, Rectangle.BOTTOM, !field.label().isEmpty()));
                    cells.add(cell(field.value(), body, null, Rectangle.BOTTOM, false));
                }
                rows.add(cells);
            }
            // A goal's or a conflict's facts belong together; they are short enough to move as one.
            flow.table(tags.document(), widths, List.of(), rows, true, 2, 6);
        }

        /** A table whose header row heads its columns and is repeated on every page the table runs over. */
        private void addTable(ReportBlock.Table data) {
            float[] widths = new float[data.relativeWidths().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = data.relativeWidths().get(i);
            }
            List<PdfFlow.Cell> header = new ArrayList<>();
            for (String head : data.header()) {
                header.add(cell(head, cellStrong, HEADER_FILL, Rectangle.BOX, true));
            }
            List<List<PdfFlow.Cell>> rows = new ArrayList<>();
            for (List<String> row : data.rows()) {
                List<PdfFlow.Cell> cells = new ArrayList<>();
                for (String value : row) {
                    cells.add(cell(value, cellFont, null, Rectangle.BOX, false));
                }
                rows.add(cells);
            }
            flow.table(tags.document(), widths, header, rows, false, 2, 7);
        }

        private PdfFlow.Cell cell(String text, Font font, Color fill, int border, boolean header) {
            String filtered = glyphs.filter(text);
            return new PdfFlow.Cell(() -> {
                Paragraph p = new Paragraph(filtered, font);
                p.setLeading(font.getSize() * 1.35f);
                return p;
            }, fill, border, 1, 5, 2.5f, border == Rectangle.BOX ? 5 : 0, header);
        }

        private void addGoalTile(ReportBlock.GoalTile tile) {
            Color fill = Color.decode(tile.colour());
            Color ink = "white".equalsIgnoreCase(tile.textColour()) ? Color.WHITE : Color.BLACK;
            String text = glyphs.filter(tile.headingText());
            String tag = decorator.tagFor(2, text);
            String title = glyphs.filter(tile.title());
            flow.band(heading(2), () -> {
                Chunk number = new Chunk(tile.goal() + "  ", new Font(fonts.bold(), 13, Font.NORMAL, ink));
                number.setGenericTag(tag);
                Paragraph p = new Paragraph();
                p.add(number);
                p.add(new Chunk(title, new Font(fonts.bold(), 11, Font.NORMAL, ink)));
                p.setLeading(15);
                return p;
            }, fill, 5, 10, 3, 50 + roomForStartOf(next));
        }

        private void addChart(ReportBlock.EffectChart chart) {
            float width = document.right() - document.left();
            PdfEffectChart drawing = new PdfEffectChart(fonts, glyphs::filter, scale);
            PdfEffectChart.Structure structure = PdfEffectChart.Structure.of(tags, tags.document(), glyphs.filter(chart.altText()), chart);
            flow.drawing(drawing.height(chart), 2,
                    (canvas, left, top) -> drawing.draw(canvas, chart, left, top, width, structure));
            String legend = PdfEffectChart.legend(chart, labels);
            if (!legend.isEmpty()) {
                addParagraph(paragraph(legend, note, 0, 2));
            }
        }

        private void addComparison(ReportBlock.ComparisonChart chart) {
            float width = document.right() - document.left();
            PdfComparisonChart drawing = new PdfComparisonChart(fonts, glyphs::filter, scale);
            PdfStructureElement figure = tags.figure(tags.document(), glyphs.filter(chart.altText()));
            flow.drawing(drawing.height(chart), 4,
                    (canvas, left, top) -> drawing.draw(canvas, chart, left, top, width, tags, figure));
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
    }
}
