package no.baerekraftsjekk.report;

import java.io.IOException;
import java.math.BigInteger;
import java.io.OutputStream;
import java.util.List;
import no.baerekraftsjekk.domain.text.Texts;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/**
 * Renders a {@link ReportContent} as a Word document (.docx) that drops into a saksframlegg: real
 * heading styles (Overskrift 1 and 2), tables whose header row repeats on every page, the summary as
 * a native Word chart, and title, author and language nb-NO in the document properties.
 */
public final class WordReportWriter {
    private static final String RULE = "BBBBBB";
    private static final String HEADER_FILL = "E6ECF1";
    /** Rows shorter than this stay on one page; longer ones may split, or they could not fit at all. */
    private static final int UNSPLITTABLE_ROW = 400;

    private final ReportLabels labels;

    /** A writer whose own few words (page numbers) are in the language of {@code texts}. */
    public WordReportWriter(Texts texts) {
        this.labels = new ReportLabels(texts);
    }

    public void write(ReportContent content, OutputStream out) throws IOException {
        XWPFDocument document = new XWPFDocument();
        try {
            ReportMetadata meta = content.metadata();
            WordStyles.define(document, meta.language());
            var properties = document.getProperties().getCoreProperties();
            properties.setTitle(meta.title());
            properties.setCreator(meta.author());
            properties.setSubjectProperty(meta.subject());
            properties.getUnderlyingProperties().setLanguageProperty(meta.language());
            WordPageFrame.apply(document, meta, labels);
            boolean breakBefore = false;
            for (ReportBlock block : content.blocks()) {
                if (block instanceof ReportBlock.PageBreak) {
                    breakBefore = true;
                    continue;
                }
                int start = document.getBodyElements().size();
                add(document, block);
                if (breakBefore) {
                    startOnNewPage(document, start);
                    breakBefore = false;
                }
            }
            document.write(out);
        } finally {
            // Not close(): for a document made in memory it saves the whole package a second time.
            document.getPackage().revert();
        }
    }

    private static void add(XWPFDocument document, ReportBlock block) throws IOException {
        switch (block) {
            case ReportBlock.Heading h -> paragraph(document, h.level() == 1 ? WordStyles.HEADING_1 : WordStyles.HEADING_2, h.text());
            case ReportBlock.Text t -> addText(document, t);
            case ReportBlock.LabelledText l -> {
                paragraph(document, WordStyles.LABEL, l.label()).getCTPPr().addNewKeepNext();
                paragraphs(document, WordStyles.NORMAL, l.text());
            }
            case ReportBlock.Fields f -> fields(document, f);
            case ReportBlock.Table t -> table(document, t);
            case ReportBlock.GoalTile g -> goalTile(document, g);
            case ReportBlock.EffectChart c -> {
                paragraph(document, WordStyles.HEADING_2, c.title());
                XWPFParagraph holder = document.createParagraph();
                WordChart.add(document, holder.createRun(), c);
            }
            case ReportBlock.PageBreak p -> document.createParagraph().createRun().addBreak(BreakType.PAGE);
        }
    }

    /**
     * "Page break before" on the block's first paragraph rather than a paragraph holding a break:
     * when the page before is exactly full, such a paragraph would itself start a page and leave it blank.
     */
    private static void startOnNewPage(XWPFDocument document, int firstElement) {
        IBodyElement first = document.getBodyElements().get(firstElement);
        if (first instanceof XWPFParagraph paragraph) {
            paragraph.setPageBreak(true);
        } else {
            try (var cursor = ((XWPFTable) first).getCTTbl().newCursor()) {
                document.insertNewParagraph(cursor).setPageBreak(true);
            }
        }
    }

    private static void addText(XWPFDocument document, ReportBlock.Text text) {
        switch (text.style()) {
            case BODY -> paragraphs(document, WordStyles.NORMAL, text.text());
            case NOTE -> paragraphs(document, WordStyles.NOTE, text.text());
            case KICKER -> paragraph(document, WordStyles.KICKER, text.text());
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

    private static void goalTile(XWPFDocument document, ReportBlock.GoalTile tile) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(WordStyles.HEADING_2);
        CTPPr properties = p.getCTPPr();
        CTShd shading = properties.addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(tile.colour().replace("#", ""));
        String ink = "white".equalsIgnoreCase(tile.textColour()) ? "FFFFFF" : "000000";
        XWPFRun number = p.createRun();
        number.setText(tile.goal() + " ");
        number.setColor(ink);
        number.setFontSize(16);
        XWPFRun title = p.createRun();
        title.setText(tile.title());
        title.setColor(ink);
    }

    private static void fields(XWPFDocument document, ReportBlock.Fields block) {
        List<List<ReportBlock.Field>> rows = block.rows();
        int pairs = block.pairsPerRow();
        XWPFTable table = document.createTable(rows.size(), 2 * pairs);
        columnWidths(table, pairs == 1 ? List.of(28, 72) : List.of(20, 26, 22, 32));
        table.removeBorders();
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = table.getRow(i);
            List<ReportBlock.Field> fields = rows.get(i);
            row.setCantSplitRow(fields.stream().mapToInt(f -> f.value().length()).sum() < UNSPLITTABLE_ROW);
            for (int f = 0; f < pairs; f++) {
                cell(row.getCell(2 * f), fields.get(f).label(), true, null);
                cell(row.getCell(2 * f + 1), fields.get(f).value(), false, null);
            }
            if (i < rows.size() - 1) {
                // Keep-with-next on every row but the last holds a goal's facts together on one page.
                row.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> p.getCTPPr().addNewKeepNext()));
            }
        }
        document.createParagraph().setSpacingAfter(0);
    }

    private static void table(XWPFDocument document, ReportBlock.Table data) {
        int columns = data.header().size();
        XWPFTable table = document.createTable(data.rows().size() + 1, columns);
        columnWidths(table, data.relativeWidths());
        String colour = RULE;
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, colour);
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, colour);
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, colour);
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, colour);
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, colour);
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, colour);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            cell(header.getCell(c), data.header().get(c), true, HEADER_FILL);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            List<String> values = data.rows().get(r);
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(values.stream().mapToInt(String::length).sum() < UNSPLITTABLE_ROW);
            for (int c = 0; c < columns; c++) {
                cell(row.getCell(c), values.get(c), false, null);
            }
        }
        document.createParagraph().setSpacingAfter(0);
    }

    /** Fixed column widths in twips, in the table grid and on every cell, which Word and LibreOffice both honour. */
    private static void columnWidths(XWPFTable table, List<Integer> relative) {
        int total = relative.stream().mapToInt(Integer::intValue).sum();
        table.setWidth(String.valueOf(WordPageFrame.TEXT_WIDTH));
        table.setWidthType(TableWidthType.DXA);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        List<Integer> twips = relative.stream().map(r -> WordPageFrame.TEXT_WIDTH * r / total).toList();
        twips.forEach(w -> grid.addNewGridCol().setW(BigInteger.valueOf(w)));
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < twips.size(); c++) {
                row.getCell(c).setWidth(String.valueOf(twips.get(c)));
                row.getCell(c).setWidthType(TableWidthType.DXA);
            }
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, String fill) {
        if (fill != null) {
            cell.setColor(fill);
        }
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setSpacingAfter(20);
        p.setSpacingBefore(20);
        p.setSpacingBetween(1.0);
        lines(p, text);
        p.getRuns().forEach(r -> r.setBold(bold));
    }
}
