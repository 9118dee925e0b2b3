package no.baerekraftsjekk.report;

import java.util.Objects;
import java.util.Optional;

/**
 * What a report says about itself: document properties for the archive, and the lines on every page.
 *
 * @param author the caseworker, or the organisation when no caseworker is given
 * @param caseNumber the case number for the archive; empty when not given
 * @param organisation organisation and unit; empty when not given
 * @param exemptionNotice "Unntatt offentlighet" with its legal basis, printed in the header of every
 *     page; empty when the case is open to the public
 * @param exemptionBasis the legal basis alone ("Offl. § 14"); empty when open or exempt without a basis
 * @param footerCaption case number and title, printed in the footer of every page beside "Side n av m"
 * @param draftNotice "UTKAST", printed on every page of a draft; empty for a completed assessment
 */
public record ReportMetadata(String title, String author, String subject, String language,
                             String caseNumber, String organisation,
                             Optional<String> exemptionNotice, Optional<String> exemptionBasis,
                             String footerCaption, Optional<String> draftNotice) {

    public ReportMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(exemptionNotice, "exemptionNotice");
        Objects.requireNonNull(exemptionBasis, "exemptionBasis");
        Objects.requireNonNull(footerCaption, "footerCaption");
        Objects.requireNonNull(draftNotice, "draftNotice");
        // These land in XML (Word's docProps, the PDF's XMP): U+FFFE, U+FFFF and the like are not
        // allowed there at all, and one of them makes the whole file unreadable to an archive.
        title = xmlText(title);
        author = xmlText(author);
        subject = xmlText(subject);
        exemptionNotice = exemptionNotice.map(ReportMetadata::xmlText);
        exemptionBasis = exemptionBasis.map(ReportMetadata::xmlText);
        caseNumber = xmlText(caseNumber);
        organisation = xmlText(organisation);
        footerCaption = xmlText(footerCaption);
    }

    /** The text without the code points XML 1.0 refuses: C0 controls but tab and line ends, lone surrogates, non-characters. */
    static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            boolean nonCharacter = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
            if (allowed && !nonCharacter) {
                out.appendCodePoint(cp);
            }
        }
        return out.length() == text.length() ? text : out.toString();
    }

    /** Case number, organisation and exemption as one line, for the keywords an archive indexes. */
    public String keywords(String caseNumberLabel) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!caseNumber.isBlank()) {
            parts.add(caseNumberLabel + " " + caseNumber);
        }
        if (!organisation.isBlank()) {
            parts.add(organisation);
        }
        exemptionNotice.ifPresent(parts::add);
        return String.join("; ", parts);
    }
}
