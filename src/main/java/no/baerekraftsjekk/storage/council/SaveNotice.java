package no.baerekraftsjekk.storage.council;

import java.time.Instant;
import java.util.Optional;

/** Someone saved an assessment in the council library: which, as which version, who and when. */
public record SaveNotice(long assessmentId, long version, Instant changedAt, String changedBy) {

    /** id|version|epoch micros|session|user: the user name goes last, since it may hold any character. */
    static String payload(long id, long version, Instant when, String session, String user) {
        long micros = when.getEpochSecond() * 1_000_000L + when.getNano() / 1_000;
        return id + "|" + version + "|" + micros + "|" + session + "|" + user;
    }

    /** The notice in a payload, unless it came from {@code ownSession} or is not one of ours. */
    static Optional<SaveNotice> parse(String payload, String ownSession) {
        String[] parts = payload.split("\\|", 5);
        if (parts.length != 5 || parts[3].equals(ownSession)) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(parts[2]);
            Instant when = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
            return Optional.of(new SaveNotice(Long.parseLong(parts[0]), Long.parseLong(parts[1]), when, parts[4]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
