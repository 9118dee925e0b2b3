package no.baerekraftsjekk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import no.baerekraftsjekk.domain.text.Texts;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/**
 * Renders a {@link ReportContent} as a Word document (.docx) that pastes into a saksframlegg: the
 * title as Overskrift 1 and the chapters and sections under it, no skipped levels; every table in
 * the one table style «Rapporttabell» with its header row repeating on every page; no hard page
 * breaks, which would travel with pasted text; the summary as a native Word chart; and title,
 * author, keywords and the archive's facts in the document properties.
 */
public final class WordReportWriter {
    /** Rows shorter than this stay on one page; longer ones may split, or they could not fit at all. */
    private static final int UNSPLITTABLE_ROW = 400;

    private final ReportLabels labels;
    private final CouncilLook look;
    /** The style ids of the three heading levels in the report being written: ours, or the template's. */
    private String[] headings = WordStyles.ownHeadings();
    /** The width between the margins of the report being written, in twips. */
    private int textWidth = WordPageFrame.TEXT_WIDTH;

    /** A writer whose own few words (page numbers, legends) are in the language of {@code texts}. */
    public WordReportWriter(Texts texts) {
        this(texts, CouncilLook.none());
    }

    /** @param look the council's template (styles, page, header and footer) and letterhead */
    public WordReportWriter(Texts texts, CouncilLook look) {
        this.labels = new ReportLabels(texts);
        this.look = java.util.Objects.requireNonNull(look, "look");
    }

    public void write(ReportContent content, OutputStream out) throws IOException {
        boolean templated = look.wordTemplate().isPresent();
        XWPFDocument document = templated ? WordTemplate.open(look.wordTemplate().get()) : new XWPFDocument();
        try {
            ReportMetadata meta = content.metadata();
            if (templated) {
                headings = WordStyles.complete(document, meta.language());
                textWidth = WordTemplate.textWidth(document);
            } else {
                WordStyles.define(document, meta.language());
                headings = WordStyles.ownHeadings();
                textWidth = WordPageFrame.TEXT_WIDTH;
            }
            WordProperties.apply(document, meta, labels);
            WordPageFrame.apply(document, meta, labels, templated);
            WordLetterhead.apply(document, look, meta, labels);
            boolean titled = content.blocks().stream().anyMatch(ReportBlock.Title.class::isInstance);
            for (ReportBlock block : content.blocks()) {
                add(document, block, titled);
            }
            document.write(out);
        } finally {
            // Not close(): for a document made in memory it saves the whole package a second time.
            document.getPackage().revert();
        }
    }

    /**
     * One method per kind of block, so each kind's layout lives in one place. A report without a
     * title (the portfolio) starts its chapters at Overskrift 1, so no level is ever skipped.
     */
    private void add(XWPFDocument document, ReportBlock block, boolean titled) throws IOException {
        switch (block) {
            case ReportBlock.Title t -> paragraph(document, headings[0], t.text());
            case ReportBlock.Heading h when !titled -> paragraph(document, h.level() == 1 ? headings[0] : headings[1], h.text());
            case ReportBlock.Heading h -> paragraph(document, h.level() == 1 ? headings[1] : headings[2], h.text());
            case ReportBlock.Text t -> addText(document, t);
            case ReportBlock.LabelledText l -> addLabelled(document, l);
            case ReportBlock.Fields f -> fields(document, f);
            case ReportBlock.Table t -> table(document, t);
            case ReportBlock.GoalTile g -> goalTile(document, g);
            case ReportBlock.EffectChart c -> addChart(document, c);
            case ReportBlock.ComparisonChart c -> WordChart.add(document, document.createParagraph().createRun(), c);
            // The chapters after page 1 simply follow: a page break would travel into the saksframlegg.
            case ReportBlock.PageBreak p -> { }
        }
    }

    private static void addText(XWPFDocument document, ReportBlock.Text text) {
        switch (text.style()) {
            case BODY -> paragraphs(document, WordStyles.NORMAL, text.text());
            case NOTE -> paragraphs(document, WordStyles.NOTE, text.text());
            case KICKER -> paragraph(document, WordStyles.KICKER, text.text());
            case NOTICE -> paragraph(document, WordStyles.NOTICE, text.text());
            case LEAD -> paragraphs(document, WordStyles.LEAD, text.text());
        }
    }

    /** "Begrunnelse: …" with the label in bold in the text's first paragraph, so it cannot be left alone. */
    private static void addLabelled(XWPFDocument document, ReportBlock.LabelledText labelled) {
        String[] lines = labelled.text().split("\r?\n", -1);
        XWPFParagraph first = document.createParagraph();
        first.setStyle(WordStyles.NORMAL);
        XWPFRun label = first.createRun();
        label.setBold(true);
        label.setText(labelled.label() + ": ");
        first.createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            paragraph(document, WordStyles.NORMAL, lines[i]);
        }
    }

    private void addChart(XWPFDocument document, ReportBlock.EffectChart chart) throws IOException {
        XWPFParagraph holder = document.createParagraph();
        WordChart.add(document, holder.createRun(), chart);
        String legend = PdfEffectChart.legend(chart, labels);
        if (!legend.isEmpty()) {
            paragraph(document, WordStyles.NOTE, legend);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(style);
        lines(p, text);
        return p;
    }

    /** One Word paragraph per line of a free text, as the caseworker wrote it. */
    private static void paragraphs(XWPFDocument document, String style, String text) {
        for (String line : text.split("\r?\n", -1)) {
            paragraph(document, style, line);
        }
    }

    /** The text in one paragraph, a line break for each newline. */
    private static void lines(XWPFParagraph p, String text) {
        String[] lines = text.split("\r?\n", -1);
        XWPFRun run = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private void goalTile(XWPFDocument document, ReportBlock.GoalTile tile) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(headings[2]);
        CTPPr properties = p.getCTPPr();
        CTShd shading = properties.addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(tile.colour().replace("#", ""));
        String ink = "white".equalsIgnoreCase(tile.textColour()) ? "FFFFFF" : "000000";
        XWPFRun number = p.createRun();
        number.setText(tile.goal() + " ");
        number.setColor(ink);
        number.setFontSize(12);
        XWPFRun title = p.createRun();
        title.setText(tile.title());
        title.setColor(ink);
    }

    private void fields(XWPFDocument document, ReportBlock.Fields block) {
        List<List<ReportBlock.Field>> rows = block.rows();
        int pairs = block.pairsPerRow();
        XWPFTable table = styled(document.createTable(rows.size(), 2 * pairs), false);
        columnWidths(table, pairs == 1 ? List.of(28, 72) : List.of(17, 33, 19, 31));
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = table.getRow(i);
            List<ReportBlock.Field> fields = rows.get(i);
            row.setCantSplitRow(fields.stream().mapToInt(f -> f.value().length()).sum() < UNSPLITTABLE_ROW);
            for (int f = 0; f < pairs; f++) {
                cell(row.getCell(2 * f), fields.get(f).label(), true);
                cell(row.getCell(2 * f + 1), fields.get(f).value(), false);
            }
            if (i < rows.size() - 1) {
                // Keep-with-next on every row but the last holds the facts together on one page.
                row.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> p.getCTPPr().addNewKeepNext()));
            }
        }
        spacer(document);
    }

    private void table(XWPFDocument document, ReportBlock.Table data) {
        int columns = data.header().size();
        XWPFTable table = styled(document.createTable(data.rows().size() + 1, columns), true);
        columnWidths(table, data.relativeWidths());
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            cell(header.getCell(c), data.header().get(c), false);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            List<String> values = data.rows().get(r);
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(values.stream().mapToInt(String::length).sum() < UNSPLITTABLE_ROW);
            for (int c = 0; c < columns; c++) {
                cell(row.getCell(c), values.get(c), false);
            }
        }
        spacer(document);
    }

    /** An empty paragraph after a table, so two tables never merge into one; 4 pt high, not a whole line. */
    private static void spacer(XWPFDocument document) {
        XWPFParagraph p = document.createParagraph();
        p.setSpacingAfter(0);
        p.setSpacingBetween(4, LineSpacingRule.EXACT);
    }

    /**
     * The table in «Rapporttabell», with no borders of its own: POI gives a new table direct
     * borders, which would override any template. {@code headerRow} switches the style's header on.
     */
    private static XWPFTable styled(XWPFTable table, boolean headerRow) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders();
        }
        table.setStyleID(WordStyles.TABLE);
        var look = properties.isSetTblLook() ? properties.getTblLook() : properties.addNewTblLook();
        look.setFirstRow(headerRow);
        look.setLastRow(false);
        look.setFirstColumn(false);
        look.setLastColumn(false);
        look.setNoHBand(true);
        look.setNoVBand(true);
        return table;
    }

    /** Fixed column widths in twips, in the table grid and on every cell, which Word and LibreOffice both honour. */
    private void columnWidths(XWPFTable table, List<Integer> relative) {
        int total = relative.stream().mapToInt(Integer::intValue).sum();
        table.setWidth(String.valueOf(textWidth));
        table.setWidthType(TableWidthType.DXA);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        List<Integer> twips = relative.stream().map(r -> textWidth * r / total).toList();
        twips.forEach(w -> grid.addNewGridCol().setW(BigInteger.valueOf(w)));
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < twips.size(); c++) {
                row.getCell(c).setWidth(String.valueOf(twips.get(c)));
                row.getCell(c).setWidthType(TableWidthType.DXA);
            }
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        // The cell margins space the rows; Normal's space after would add to every row.
        p.setSpacingAfter(0);
        lines(p, text);
        if (bold) {
            p.getRuns().forEach(r -> r.setBold(true));
        }
    }
}
