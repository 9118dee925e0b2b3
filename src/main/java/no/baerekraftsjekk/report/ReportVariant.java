package no.baerekraftsjekk.report;

import java.util.Locale;
import java.util.Optional;

/**
 * How much of the assessment a report carries. «Kort» is page 1 and the conflicts that need
 * weighing, for the saksframlegg; «Full» is everything, for the archive and whoever wants the detail.
 */
public enum ReportVariant {
    SHORT("kort"),
    FULL("full");

    private final String code;

    ReportVariant(String code) {
        this.code = code;
    }

    /** The word used on the command line and in file names: {@code kort} or {@code full}. */
    public String code() {
        return code;
    }

    /** The variant for {@code kort} or {@code full}, in any case; empty for anything else. */
    public static Optional<ReportVariant> fromCode(String value) {
        for (ReportVariant variant : values()) {
            if (variant.code.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(variant);
            }
        }
        return Optional.empty();
    }
}
