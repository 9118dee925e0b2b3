package no.baerekraftsjekk.ui.common;

/**
 * Small preferences the window remembers between sessions (size, position, last step, last folder).
 * Implementations save in the background, shortly after a change, and never lose the file on a crash.
 */
public interface UserSettings {

    String get(String key, String fallback);

    void put(String key, String value);

    default double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(get(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
