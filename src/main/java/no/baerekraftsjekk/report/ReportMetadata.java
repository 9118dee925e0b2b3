package no.baerekraftsjekk.report;

import java.util.Objects;
import java.util.Optional;

/**
 * What a report says about itself: document properties, and the lines on every page.
 *
 * @param exemptionNotice "Unntatt offentlighet" with its legal basis, printed in the header of every
 *     page; empty when the case is open to the public
 * @param footerCaption case number and title, printed in the footer of every page beside "Side n av m"
 */
public record ReportMetadata(String title, String author, String subject, String language,
                             Optional<String> exemptionNotice, String footerCaption) {

    public ReportMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(exemptionNotice, "exemptionNotice");
        Objects.requireNonNull(footerCaption, "footerCaption");
    }
}
