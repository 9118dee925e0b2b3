package no.baerekraftsjekk.ui.common;

import java.io.IOException;
import java.nio.file.Path;

/** Shows a folder in the system's file manager; behind an interface so view models need no desktop toolkit. */
@FunctionalInterface
public interface FolderOpener {

    /**
     * Opens {@code folder}; blocking, so call it off the FX thread.
     *
     * @return false when the system offers no way to open a folder
     */
    boolean open(Path folder) throws IOException;

    /** The system's file manager, through AWT's desktop integration where the system has it. */
    static FolderOpener desktop() {
        return folder -> {
            if (!java.awt.Desktop.isDesktopSupported()
                    || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                return false;
            }
            java.awt.Desktop.getDesktop().open(folder.toFile());
            return true;
        };
    }
}
