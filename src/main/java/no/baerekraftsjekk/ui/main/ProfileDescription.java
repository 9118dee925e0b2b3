package no.baerekraftsjekk.ui.main;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.profile.CouncilOrigin;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * What the settings screen says about the council's profile: which one is in use and why (the
 * council library's goes before a file on this machine), what it holds, or, when it is broken, the same message the program gave at start, so the administrator
 * can mend it.
 */
final class ProfileDescription {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private ProfileDescription() {
    }

    static String of(ProfileSource source, Texts texts) {
        return of(source, texts, ZoneId.systemDefault());
    }

    static String of(ProfileSource source, Texts texts, ZoneId zone) {
        List<String> lines = new ArrayList<>(origin(source, texts, zone));
        lines.addAll(content(source, texts));
        return String.join("\n", lines);
    }

    /** Where the profile in use comes from when a council library is connected, and why that one. */
    private static List<String> origin(ProfileSource source, Texts texts, ZoneId zone) {
        if (source.council().isEmpty()) {
            return List.of();
        }
        CouncilOrigin council = source.council().get();
        if (council.stored().isEmpty()) {
            return List.of(texts.get(source.file().isPresent() ? "settings.profile.councilNone" : "settings.profile.councilNoneAtAll",
                    council.library()));
        }
        CouncilOrigin.Stamp stamp = council.stored().get();
        var at = stamp.storedAt().atZone(zone);
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("settings.profile.council", council.library(), stamp.storedBy(), DATE.format(at), TIME.format(at)));
        council.setAside().ifPresent(file -> lines.add(texts.get("settings.profile.councilSetAside", file)));
        return lines;
    }

    private static List<String> content(ProfileSource source, Texts texts) {
        if (source.problem().isPresent()) {
            return List.of(texts.explain(source.problem().get()));
        }
        if (source.file().isEmpty()) {
            return List.of(texts.get("settings.profile.none"));
        }
        CouncilProfile profile = source.profile();
        List<String> lines = new ArrayList<>();
        if (!source.isCouncils()) {
            lines.add(texts.get("settings.profile.file", source.file().get()));
        }
        lines.add(texts.get("settings.profile.organisation", profile.organisation()));
        lines.add(texts.get("settings.profile.counts", profile.localGoals().size(), profile.units().size(),
                profile.committees().size(), profile.exemptionBases().size()));
        lines.add(profile.logo().map(logo -> texts.get("settings.profile.logo", logo.file().getFileName()))
                .orElse(texts.get("settings.profile.noLogo")));
        lines.add(profile.wordTemplate().map(t -> texts.get("settings.profile.template", t.getFileName()))
                .orElse(texts.get("settings.profile.noTemplate")));
        profile.reportLanguage().ifPresent(language -> lines.add(texts.get("settings.profile.language", language.ownName())));
        if (profile.dimensions().isPresent()) {
            lines.add(texts.get("settings.profile.mapping"));
        }
        return lines;
    }
}
