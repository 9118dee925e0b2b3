package no.baerekraftsjekk.ui.assessment;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.StaleSaveException;
import no.baerekraftsjekk.storage.council.SaveNotice;

/**
 * The notice bar's state: a colleague saved the assessment open here (heard through the council
 * library's LISTEN/NOTIFY), so the caseworker is told who and when at once instead of at the next
 * save. The two ways out are the save-conflict dialog's own, so the bar and the dialog never differ.
 * Called on the FX thread; holds no window, so tests drive it directly.
 */
public final class SavedElsewhereNotice {
    /** The conflict dialog's ways out (see {@link SaveConflict}), taken for a save heard of. */
    interface WaysOut {
        void reloadTheirs(StaleSaveException conflict);

        void keepMineAsCopy(StaleSaveException conflict);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final long assessmentId;
    private final Texts texts;
    private final ZoneId zone;
    private final WaysOut waysOut;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private SaveNotice heard;

    SavedElsewhereNotice(long assessmentId, Texts texts, ZoneId zone, WaysOut waysOut) {
        this.assessmentId = assessmentId;
        this.texts = Objects.requireNonNull(texts);
        this.zone = Objects.requireNonNull(zone);
        this.waysOut = Objects.requireNonNull(waysOut);
    }

    /** Someone else saved an assessment; shown only when it is the one open here. */
    public void heard(SaveNotice notice) {
        if (notice.assessmentId() != assessmentId) {
            return;
        }
        heard = notice;
        message.set(texts.get("assessment.savedElsewhere.message", notice.changedBy(),
                TIME.format(notice.changedAt().atZone(zone))));
    }

    /** Empty while nothing is heard; otherwise "Kari lagret denne vurderingen kl. 10:42." */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean isShown() {
        return heard != null;
    }

    /** Their version in place of mine, as the conflict dialog's "reload". */
    public void takeTheirs() {
        waysOut.reloadTheirs(conflictAndHide());
    }

    /** Mine as a new copy, theirs left as it is, as the conflict dialog's "keep mine". */
    public void keepMineAsCopy() {
        waysOut.keepMineAsCopy(conflictAndHide());
    }

    /** The conflict dialog came up for the same save (the autosave was refused): one question is enough. */
    public void hide() {
        heard = null;
        message.set("");
    }

    private StaleSaveException conflictAndHide() {
        SaveNotice notice = Objects.requireNonNull(heard, "no save heard of");
        hide();
        return new StaleSaveException(notice.assessmentId(), notice.version() - 1, notice.version(),
                notice.changedBy(), notice.changedAt());
    }
}
