package no.baerekraftsjekk.ui.main;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * What the settings screen says about the council's profile: which file is in use and what it
 * holds, or, when it is broken, the same message the program gave at start, so the administrator
 * can mend it.
 */
final class ProfileDescription {
    private ProfileDescription() {
    }

    static String of(ProfileSource source, Texts texts) {
        if (source.problem().isPresent()) {
            return texts.explain(source.problem().get());
        }
        if (source.file().isEmpty()) {
            return texts.get("settings.profile.none");
        }
        CouncilProfile profile = source.profile();
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("settings.profile.file", source.file().get()));
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
        return String.join("\n", lines);
    }
}
