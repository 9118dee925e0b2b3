package no.baerekraftsjekk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * The structure layer of a tagged PDF (PDF/UA-1 and PDF/A-2a): what a screen reader reads, kept
 * apart from how the page looks. Every report section uses it the same way:
 * <ol>
 *   <li>make a structure element under its parent, in reading order: {@link #element}, or
 *       {@link #figure} (with its alternative text) or {@link #headerCell} (with its scope);</li>
 *   <li>paint the element's content between {@link #begin} and {@link #end} on the canvas; an element
 *       whose content runs over a page break is ended before the break and begun again after it
 *       ({@link PdfFlow} does that for paragraphs and table cells);</li>
 *   <li>paint everything that only decorates (rules, fills, running headers and footers, page
 *       numbers, a table header repeated on a later page) between {@link #beginArtifact} and
 *       {@link #end}, so assistive technology skips it.</li>
 * </ol>
 * Content painted outside both is a PDF/UA error, and so is an artifact inside tagged content:
 * never nest the two. An element gets either child elements or content of its own, never both
 * (OpenPDF's rule). A new section (a comparison, a logo) needs nothing more than these calls;
 * {@link PdfFlow} offers them already laid out as paragraphs, tables, tiles and figures.
 * <p>
 * Pictures: a logo or mark in the running header repeats on every page and is drawn by
 * {@link PdfPageDecorator} inside its pagination artifact; a picture in the body that carries
 * meaning is a {@link #figure} with an alternative text, painted through {@link PdfFlow#drawing}.
 * A table of a new section goes through {@link PdfFlow#table}, which makes Table, TR, TH (with
 * its scope) and TD and repeats the header row above a continuation.
 * <p>
 * Only standard structure types are used (Document, H1–H3, P, Table, TR, TH, TD, Figure), so
 * no role map is needed.
 */
final class TaggedPdf {
    static final PdfName TR = new PdfName("TR");
    static final PdfName SCOPE = new PdfName("Scope");
    static final PdfName COLUMN = new PdfName("Column");
    static final PdfName ROW = new PdfName("Row");
    private static final PdfName COLSPAN = new PdfName("ColSpan");
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final PdfName LAYOUT = new PdfName("Layout");

    private final PdfWriter writer;
    private PdfStructureElement document;

    private TaggedPdf(PdfWriter writer) {
        this.writer = writer;
    }

    /** Makes {@code writer} write a tagged PDF; call before the document opens. */
    static TaggedPdf of(PdfWriter writer) {
        writer.setTagged();
        return new TaggedPdf(writer);
    }

    /** The root of the reading order, the whole report; made when first asked for, after the document opened. */
    PdfStructureElement document() {
        if (document == null) {
            PdfStructureTreeRoot root = writer.getStructureTreeRoot();
            document = new PdfStructureElement(root, PdfName.DOCUMENT);
        }
        return document;
    }

    /** A new element of type {@code type} after the parent's last child. */
    PdfStructureElement element(PdfStructureElement parent, PdfName type) {
        return new PdfStructureElement(parent, type);
    }

    /** A figure; {@code alt} is what a screen reader says instead of showing the picture. */
    PdfStructureElement figure(PdfStructureElement parent, String alt) {
        PdfStructureElement figure = new PdfStructureElement(parent, PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(alt, PdfString.TEXT_UNICODE));
        return figure;
    }

    /** A header cell of a table row; {@code scope} is {@link #COLUMN} or {@link #ROW}: what it heads. */
    PdfStructureElement headerCell(PdfStructureElement row, PdfName scope) {
        PdfStructureElement cell = new PdfStructureElement(row, PdfName.TH);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, PdfName.TABLE);
        attributes.put(SCOPE, scope);
        cell.put(PdfName.A, attributes);
        return cell;
    }

    /** A data cell of a table row that spans {@code columns} columns. */
    PdfStructureElement spanningCell(PdfStructureElement row, int columns) {
        PdfStructureElement cell = new PdfStructureElement(row, PdfName.TD);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, PdfName.TABLE);
        attributes.put(COLSPAN, new PdfNumber(columns));
        cell.put(PdfName.A, attributes);
        return cell;
    }

    /** Starts content that belongs to {@code element} on the current page. */
    void begin(PdfContentByte canvas, PdfStructureElement element) {
        canvas.beginMarkedContentSequence(element);
    }

    /** Starts decoration: {@code pagination} for running headers, footers and page numbers, else layout. */
    void beginArtifact(PdfContentByte canvas, boolean pagination) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, pagination ? PAGINATION : LAYOUT);
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
    }

    /** Ends what {@link #begin} or {@link #beginArtifact} started. */
    void end(PdfContentByte canvas) {
        canvas.endMarkedContentSequence();
    }

    /**
     * The XMP metadata an archive and a PDF/UA checker look for: what OpenPDF writes from the
     * document information (title, author, dates, PDF/A part and conformance) plus the PDF/UA
     * identification, declared as a PDF/A extension schema as PDF/A requires for it. Call after
     * the document information is complete and before the document opens.
     */
    static void writeXmp(PdfWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmpWriter xmp = new XmpWriter(bytes, writer.getInfo(), writer.getPDFXConformance())) {
            xmp.addRdfDescription(
                    " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                            + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                            + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"",
                    "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
                            + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
                            + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
                            + "<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>"
                            + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
                            + "<pdfaProperty:category>internal</pdfaProperty:category>"
                            + "<pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>"
                            + "<pdfaProperty:name>part</pdfaProperty:name>"
                            + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
                            + "</rdf:li></rdf:Seq></pdfaSchema:property>"
                            + "</rdf:li></rdf:Bag></pdfaExtension:schemas>");
            xmp.addRdfDescription(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"", "<pdfuaid:part>1</pdfuaid:part>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.setXmpMetadata(bytes.toByteArray());
    }
}
