package no.baerekraftsjekk.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * The window's keyboard shortcuts in one place: the screens register them from here, and the key
 * list in the help menu and the buttons' tooltips show them from here, so what is shown is what works.
 */
public final class Shortcuts {
    public static final KeyCombination NEXT_STEP = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PREVIOUS_STEP = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEW_ASSESSMENT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination GLOSSARY = new KeyCodeCombination(KeyCode.F1);

    private Shortcuts() {
    }

    /** "Alt+B" for a text with the mnemonic "Til _biblioteket"; empty when the text has none. */
    public static String mnemonic(String text) {
        int at = text.indexOf('_');
        if (at < 0 || at + 1 >= text.length()) {
            return "";
        }
        // The system's way of writing Alt+A ("⌥A" on a Mac), with the mnemonic's letter for the A.
        String altA = new KeyCodeCombination(KeyCode.A, KeyCombination.ALT_DOWN).getDisplayText();
        return altA.substring(0, altA.length() - 1) + Character.toUpperCase(text.charAt(at + 1));
    }

    /** A tooltip that says what the control does and its keys: "Neste steg (Ctrl+Page Down eller Alt+N)". */
    public static void explain(Control control, Texts texts, String what, String... keys) {
        String joined = String.join(" " + texts.get("help.windowSmall.keys.or") + " ",
                java.util.Arrays.stream(keys).filter(k -> !k.isEmpty()).toList());
        control.setTooltip(new Tooltip(joined.isEmpty() ? what : texts.get("help.windowSmall.tooltip", what, joined)));
    }
}
