package no.baerekraftsjekk.ui.assessment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.baerekraftsjekk.ui.common.UserSettings;

final class FakeSettings implements UserSettings {
    final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }
}
