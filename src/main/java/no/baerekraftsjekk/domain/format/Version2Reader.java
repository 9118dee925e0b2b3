package no.baerekraftsjekk.domain.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.Status;

/** Reads and checks the top-level fields version 2 adds: {@code id}, {@code language} and {@code review}. */
final class Version2Reader {
    /** The canonical form only: lower case, hyphens where RFC 9562 puts them. */
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> REVIEW_FIELDS = Set.of("status", "reviewer", "date", "comment");

    private final FieldReader fields;

    Version2Reader(FieldReader fields) {
        this.fields = fields;
    }

    /** The id, or null when the file has none (the library gives it one) or it breaks the rule (an error is recorded). */
    UUID id(JsonNode root) {
        if (FieldReader.absent(root, "id")) {
            return null;
        }
        JsonNode value = root.get("id");
        if (!value.isTextual() || !CANONICAL_UUID.matcher(value.textValue()).matches()) {
            fields.error("id", "format.v2.error.idNotUuid", value.toString());
            return null;
        }
        return UUID.fromString(value.textValue());
    }

    Language language(JsonNode root) {
        if (FieldReader.absent(root, "language")) {
            return Language.NB;
        }
        JsonNode value = root.get("language");
        if (value.isTextual()) {
            // Exactly the code, lower case: the format knows "nn", not "NN" or " nn".
            var language = Language.ofCode(value.textValue()).filter(l -> l.code().equals(value.textValue()));
            if (language.isPresent()) {
                return language.get();
            }
        }
        fields.error("language", "format.error.notOneOf", value.toString(), "nb, nn, en");
        return Language.NB;
    }

    /**
     * The review, or null when absent or invalid. An approval of an assessment that is not complete is
     * an error; {@code status} is null when the file's own status is invalid, which is reported already.
     */
    Review review(JsonNode root, Status status) {
        JsonNode node = fields.object(root, "", "review", false);
        if (node == null) {
            return null;
        }
        fields.warnUnknownFields(node, "review", REVIEW_FIELDS);
        int errorsBefore = fields.errorCount();
        ReviewStatus reviewStatus = fields.enumValue(node, "review", "status", ReviewStatus.class, true, null);
        String reviewer = fields.optionalString(node, "review", "reviewer");
        var date = fields.date(node, "review", "date");
        String comment = fields.optionalString(node, "review", "comment");
        if (reviewStatus == ReviewStatus.APPROVED && status != null && status != Status.COMPLETE) {
            fields.error("review.status", "format.v2.error.approvedNotComplete", status.name());
        }
        if (fields.errorCount() > errorsBefore) {
            return null;
        }
        return new Review(reviewStatus, reviewer, date, comment);
    }
}
