package no.baerekraftsjekk.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import no.baerekraftsjekk.domain.Messages;
import org.junit.jupiter.api.Test;

class AnalysisMessagesTest {

    @Test
    void theBundleIsReadAsUtf8() {
        assertThat(Messages.get("analysis.blocking.unhandledGoalConflict", "11", "15"))
                .isEqualTo("Målkonflikten mellom mål 11 og 15 er ikke avveid");
    }

    @Test
    void bokmaalEvenOnAMachineWithAnotherDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.UK);
            assertThat(Messages.get("analysis.blocking.notAssessed", "14")).isEqualTo("Mål 14 er ikke vurdert");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void lineNumbersAreNeverGrouped() {
        assertThat(Messages.get("analysis.mapping.badGoal", "f.tsv", 12345, "x")).contains("linje 12345:");
    }

    @Test
    void aMissingKeyIsAnError() {
        assertThatThrownBy(() -> Messages.get("analysis.noSuchKey")).isInstanceOf(IllegalStateException.class);
    }
}
