package no.baerekraftsjekk.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.common.Shortcuts;

/**
 * What the help menu shows, without a window: the text «Om programmet» with the version, the user
 * guide in the window's language, and the key list, built from {@link Shortcuts} so it cannot drift.
 */
public final class HelpContent {
    private final Texts texts;
    private final String version;

    /** One line of the key list: the keys and what they do. */
    public record KeyRow(String keys, String what) {
    }

    /** A part of the guide: a heading and its paragraphs. */
    public record GuideSection(String heading, List<String> paragraphs) {
    }

    public HelpContent(Texts texts, String version) {
        this.texts = Objects.requireNonNull(texts);
        this.version = Objects.requireNonNull(version);
    }

    public String aboutTitle() {
        return texts.get("help.windowSmall.about.title");
    }

    /** Name, version and what the program is for. */
    public String about() {
        return texts.get("help.windowSmall.about.text", version);
    }

    /** The guide, from {@code help/guide_<language>.txt}: "# " starts a section, a blank line a paragraph. */
    public List<GuideSection> guide() {
        String resource = "help/guide_" + texts.language().code() + ".txt";
        String text;
        try (InputStream in = HelpContent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("No resource " + resource));
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<GuideSection> sections = new ArrayList<>();
        String heading = "";
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("# ")) {
                flush(paragraph, paragraphs);
                if (!heading.isEmpty() || !paragraphs.isEmpty()) {
                    sections.add(new GuideSection(heading, List.copyOf(paragraphs)));
                }
                heading = stripped.substring(2).strip();
                paragraphs = new ArrayList<>();
            } else if (stripped.isEmpty()) {
                flush(paragraph, paragraphs);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(stripped);
            }
        }
        flush(paragraph, paragraphs);
        if (!heading.isEmpty() || !paragraphs.isEmpty()) {
            sections.add(new GuideSection(heading, List.copyOf(paragraphs)));
        }
        return List.copyOf(sections);
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /** Every shortcut of the window, grouped as the caseworker meets them: library, steps, goals, fields. */
    public List<KeyRow> keys() {
        String or = " " + texts.get("help.windowSmall.keys.or") + " ";
        return List.of(
                row(Shortcuts.NEW_ASSESSMENT.getDisplayText(), "newAssessment"),
                row(Shortcuts.FIND.getDisplayText(), "find"),
                row(Shortcuts.IMPORT.getDisplayText(), "import"),
                row(Shortcuts.UNDO.getDisplayText(), "undo"),
                row(Shortcuts.NEXT_STEP.getDisplayText() + or + Shortcuts.mnemonic(texts.get("assessment.nav.next")), "nextStep"),
                row(Shortcuts.PREVIOUS_STEP.getDisplayText() + or + Shortcuts.mnemonic(texts.get("assessment.nav.previous")), "previousStep"),
                row(Shortcuts.mnemonic(texts.get("assessment.nav.library")), "library"),
                row(Shortcuts.GLOSSARY.getDisplayText(), "glossary"),
                row(texts.get("help.windowSmall.keys.screening.keys"), "screening"),
                row(texts.get("help.windowSmall.keys.picker.keys"), "picker"),
                row(texts.get("help.windowSmall.keys.choice.keys"), "choice"),
                row(texts.get("help.windowSmall.keys.tab.keys"), "tab"));
    }

    private KeyRow row(String keys, String what) {
        return new KeyRow(keys, texts.get("help.windowSmall.keys." + what));
    }
}
