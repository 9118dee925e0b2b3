package no.baerekraftsjekk.domain.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;

/** Reads and checks the {@code case} object. */
final class CaseReader {
    private static final Set<String> FIELDS = Set.of("title", "caseNumber", "caseType", "organisation", "unit",
            "caseworker", "date", "description", "exemptionBasis");
    private static final Set<String> VERSION_2_FIELDS = Set.of("title", "caseNumber", "caseType", "organisation", "unit",
            "caseworker", "date", "description", "exemptionBasis", "committee", "meetingDate");

    private final FieldReader fields;
    private final int version;

    CaseReader(FieldReader fields, int version) {
        this.fields = fields;
        this.version = version;
    }

    CaseInfo read(JsonNode root) {
        JsonNode node = fields.object(root, "", "case", true);
        if (node == null) {
            return CaseInfo.titled("");
        }
        fields.warnUnknownFields(node, "case", version >= 2 ? VERSION_2_FIELDS : FIELDS);
        String title = title(node);
        String exemption = FieldReader.absent(node, "exemptionBasis") ? null : fields.optionalString(node, "case", "exemptionBasis");
        return new CaseInfo(
                title,
                fields.optionalString(node, "case", "caseNumber"),
                fields.enumValue(node, "case", "caseType", CaseType.class, false, CaseType.OTHER),
                fields.optionalString(node, "case", "organisation"),
                fields.optionalString(node, "case", "unit"),
                fields.optionalString(node, "case", "caseworker"),
                fields.date(node, "case", "date"),
                fields.optionalString(node, "case", "description"),
                exemption,
                version >= 2 ? fields.optionalString(node, "case", "committee") : "",
                version >= 2 ? fields.date(node, "case", "meetingDate") : null);
    }

    private String title(JsonNode node) {
        if (FieldReader.absent(node, "title")) {
            fields.error("case.title", "format.error.titleMissing");
            return "";
        }
        String title = fields.string(node.get("title"), "case.title");
        if (title == null) {
            return "";
        }
        String trimmed = title.strip();
        // strip() keeps no-break and zero-width spaces: a title of only those is as blank as an empty one.
        if (trimmed.codePoints().allMatch(cp -> Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT)) {
            fields.error("case.title", "format.error.titleMissing");
        } else if (CaseInfo.titleTooLong(trimmed)) {
            fields.error("case.title", "format.error.titleTooLong", CaseInfo.MAX_TITLE_LENGTH);
        }
        return trimmed;
    }
}
