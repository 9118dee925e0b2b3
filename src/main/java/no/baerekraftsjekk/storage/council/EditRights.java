package no.baerekraftsjekk.storage.council;

import java.util.Collection;
import java.util.Locale;

/**
 * Who may change an assessment in the council library, as the database's update policy
 * (assessment_save in V3) decides it: its owner, the colleagues the owner named, the leaders of its
 * unit, and the caseworkers of its unit when it is not exempt. Only caseworkers and leaders save at
 * all. Mirrored here so the window can open a read-only editor instead of letting someone type what
 * the database will refuse; the database still decides.
 */
public final class EditRights {
    private EditRights() {
    }

    /**
     * @param me the connected user; null when not registered (then nothing is saved)
     * @param owner the login that created the assessment
     * @param colleagues the logins the owner named
     */
    public static boolean mayChange(LibraryUser me, String owner, Collection<String> colleagues, String unit, boolean exempt) {
        if (me == null || !me.role().edits()) {
            return false;
        }
        if (me.login().equals(owner) || colleagues.contains(me.login()) || me.leads(unit)) {
            return true;
        }
        return !exempt && worksIn(me, unit);
    }

    /** Unit names match as the database matches them: trimmed, in any case. */
    private static boolean worksIn(LibraryUser me, String unit) {
        String wanted = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        return me.units().stream().anyMatch(u -> u.strip().toLowerCase(Locale.ROOT).equals(wanted));
    }
}
