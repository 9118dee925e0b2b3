package no.baerekraftsjekk.report;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The document properties an archive and a case system read: title, author (the caseworker, else
 * the organisation), subject, language and keywords, and the case number, organisation, exemption
 * and its legal basis as custom properties with Norwegian names.
 */
final class WordProperties {
    private WordProperties() {
    }

    static void apply(XWPFDocument document, ReportMetadata meta, ReportLabels labels) {
        POIXMLProperties properties = document.getProperties();
        var core = properties.getCoreProperties();
        core.setTitle(meta.title());
        core.setCreator(meta.author());
        core.setSubjectProperty(meta.subject());
        core.setKeywords(meta.keywords(labels.text("field.caseNumber")));
        core.getUnderlyingProperties().setLanguageProperty(meta.language());
        if (!meta.caseNumber().isBlank()) {
            core.setIdentifier(meta.caseNumber());
        }
        var custom = properties.getCustomProperties();
        put(labels, custom, "meta.caseNumber", meta.caseNumber());
        put(labels, custom, "meta.organisation", meta.organisation());
        put(labels, custom, "meta.exemption", meta.exemptionNotice().orElse(""));
        put(labels, custom, "meta.exemptionBasis", meta.exemptionBasis().orElse(""));
        if (!meta.organisation().isBlank()) {
            properties.getExtendedProperties().getUnderlyingProperties().setCompany(meta.organisation());
        }
    }

    private static void put(ReportLabels labels, POIXMLProperties.CustomProperties custom, String key, String value) {
        if (!value.isBlank()) {
            custom.addProperty(labels.text(key), value);
        }
    }
}
