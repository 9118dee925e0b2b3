package no.baerekraftsjekk.storage.council;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user of the council library may do; kept in the database (table library_user) and
 * enforced there by row-level security. A leader reviews the assessments of the units they lead and
 * is a caseworker too.
 */
public enum LibraryRole {
    CASEWORKER("saksbehandler"),
    LEADER("leder"),
    READER("leser"),
    ADMINISTRATOR("administrator");

    private final String word;

    LibraryRole(String word) {
        this.word = word;
    }

    /** The Norwegian word IT types on the command line ({@code --role leder}). */
    public String word() {
        return word;
    }

    /** Writes and saves assessments. */
    public boolean edits() {
        return this == CASEWORKER || this == LEADER;
    }

    /** From the command line's word or the database's name, in any case; empty when neither. */
    public static Optional<LibraryRole> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (LibraryRole role : values()) {
            if (role.word.equals(wanted) || role.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
