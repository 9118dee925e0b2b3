package no.baerekraftsjekk.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.baerekraftsjekk.ui.common.UserSettings;

/** Settings kept in memory, for windows under test. */
public final class FakeSettings implements UserSettings {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }
}
