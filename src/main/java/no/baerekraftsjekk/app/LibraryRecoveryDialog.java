package no.baerekraftsjekk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.LibraryBackups.Backup;
import no.baerekraftsjekk.storage.LibraryUnusableException;
import no.baerekraftsjekk.ui.common.DialogService;

/**
 * Asks the caseworker what to do when the library file cannot be used: start a new, empty library
 * beside it, bring back the newest backup (also as a new library beside it), or quit. Whatever is
 * chosen, the unusable file is left exactly as it is.
 */
final class LibraryRecoveryDialog {
    enum Choice {
        NEW_LIBRARY,
        RESTORE_BACKUP,
        EXIT
    }

    private LibraryRecoveryDialog() {
    }

    static void show(DialogService dialogs, LibraryUnusableException problem, Optional<Backup> newest, Path logFolder,
                     Texts texts, Consumer<Choice> then) {
        List<DialogService.Choice<Choice>> ways = new ArrayList<>();
        ways.add(new DialogService.Choice<>(Choice.NEW_LIBRARY, texts.get("app.recovery.newLibrary")));
        newest.ifPresent(b -> ways.add(new DialogService.Choice<>(Choice.RESTORE_BACKUP, texts.get("app.recovery.restore"))));
        ways.add(new DialogService.Choice<>(Choice.EXIT, texts.get("app.recovery.exit"), true));
        String text = newest
                .map(b -> texts.get("app.recovery.text", problem.whatIsWrong(), Date.from(b.taken()), logFolder.toAbsolutePath()))
                .orElseGet(() -> texts.get("app.recovery.textNoBackup", problem.whatIsWrong(), logFolder.toAbsolutePath()));
        dialogs.choose(new DialogService.Question<>(texts.get("app.recovery.title"), text, ways), then);
    }
}
