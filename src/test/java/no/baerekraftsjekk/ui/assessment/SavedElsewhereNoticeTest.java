package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.storage.StaleSaveException;
import no.baerekraftsjekk.storage.council.SaveNotice;
import no.baerekraftsjekk.ui.Words;
import org.junit.jupiter.api.Test;

/** The notice bar and the "kept on this machine" line, without a window. */
class SavedElsewhereNoticeTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Instant TEN_42 = Instant.parse("2026-03-02T09:42:10Z");

    private final List<String> taken = new ArrayList<>();
    private final List<StaleSaveException> conflicts = new ArrayList<>();
    private final SavedElsewhereNotice notice = new SavedElsewhereNotice(7, Words.TEXTS, OSLO, new SavedElsewhereNotice.WaysOut() {
        @Override
        public void reloadTheirs(StaleSaveException conflict) {
            taken.add("theirs");
            conflicts.add(conflict);
        }

        @Override
        public void keepMineAsCopy(StaleSaveException conflict) {
            taken.add("mine");
            conflicts.add(conflict);
        }
    });

    @Test
    void aSaveOfAnotherAssessmentIsNotShown() {
        notice.heard(new SaveNotice(8, 3, TEN_42, "Kari Nordmann"));

        assertThat(notice.isShown()).isFalse();
        assertThat(notice.messageProperty().get()).isEmpty();
    }

    @Test
    void aSaveOfTheOpenAssessmentSaysWhoAndWhen() {
        notice.heard(new SaveNotice(7, 3, TEN_42, "Kari Nordmann"));

        assertThat(notice.messageProperty().get()).isEqualTo("Kari Nordmann lagret denne vurderingen kl. 10:42.");
    }

    @Test
    void takingTheirsGoesTheConflictDialogsWayAndHidesTheBar() {
        notice.heard(new SaveNotice(7, 3, TEN_42, "Kari Nordmann"));

        notice.takeTheirs();

        assertThat(taken).containsExactly("theirs");
        StaleSaveException conflict = conflicts.getFirst();
        assertThat(conflict.id()).isEqualTo(7);
        assertThat(conflict.currentVersion()).isEqualTo(3);
        assertThat(conflict.changedBy()).isEqualTo("Kari Nordmann");
        assertThat(conflict.changedAt()).isEqualTo(TEN_42);
        assertThat(notice.isShown()).isFalse();
        assertThat(notice.messageProperty().get()).isEmpty();
    }

    @Test
    void keepingMineGoesTheConflictDialogsWayAndHidesTheBar() {
        notice.heard(new SaveNotice(7, 3, TEN_42, "Kari Nordmann"));

        notice.keepMineAsCopy();

        assertThat(taken).containsExactly("mine");
        assertThat(notice.messageProperty().get()).isEmpty();
    }

    @Test
    void theLatestSaveHeardIsTheOneShown() {
        notice.heard(new SaveNotice(7, 3, TEN_42, "Kari Nordmann"));
        notice.heard(new SaveNotice(7, 4, TEN_42.plusSeconds(60), "Ola Nordmann"));

        assertThat(notice.messageProperty().get()).isEqualTo("Ola Nordmann lagret denne vurderingen kl. 10:43.");
    }

    @Test
    void editsKeptOnThisMachineAreNamedUntilSent() {
        KeptOnThisMachine kept = new KeptOnThisMachine(Words.TEXTS);

        kept.waiting(2);
        assertThat(kept.messageProperty().get())
                .isEqualTo("Lagret på denne maskinen – sendes når kommunebiblioteket svarer igjen");

        kept.waiting(0);
        assertThat(kept.messageProperty().get()).isEmpty();
    }
}
