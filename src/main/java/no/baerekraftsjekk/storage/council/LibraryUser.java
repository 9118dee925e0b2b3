package no.baerekraftsjekk.storage.council;

import java.util.List;
import java.util.Locale;

/**
 * A registered user of the council library.
 *
 * @param login the PostgreSQL login role, which the database's rules compare
 * @param name the name colleagues and reports see ("Kvalitetssikret av NAVN")
 * @param units the units the user works in, or leads when a leader
 */
public record LibraryUser(String login, String name, LibraryRole role, List<String> units) {
    public LibraryUser {
        units = List.copyOf(units);
    }

    /** Whether this user reviews the assessments of {@code unit}, as the database decides it. */
    public boolean leads(String unit) {
        String wanted = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        return role == LibraryRole.LEADER && units.stream().anyMatch(u -> u.strip().toLowerCase(Locale.ROOT).equals(wanted));
    }
}
