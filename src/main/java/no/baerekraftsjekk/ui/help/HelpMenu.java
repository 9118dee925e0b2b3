package no.baerekraftsjekk.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * «Hjelp» at the top of every screen: the user guide, the key list, the glossary and «Om
 * programmet», each in a small window of its own that Escape closes.
 */
public final class HelpMenu {
    private final HelpContent content;
    private final Texts texts;
    private final java.util.function.Supplier<Window> owner;
    private final Runnable glossary;
    private Stage shown;

    public HelpMenu(HelpContent content, Texts texts, java.util.function.Supplier<Window> owner, Runnable glossary) {
        this.content = content;
        this.texts = texts;
        this.owner = owner;
        this.glossary = glossary;
    }

    public MenuButton button() {
        MenuButton menu = new MenuButton(texts.get("help.windowSmall.menu"));
        menu.setId("helpMenu");
        menu.setMnemonicParsing(true);
        menu.setAccessibleText(texts.get("help.windowSmall.menu.accessible"));
        menu.getStyleClass().add("settings-button");
        menu.getItems().setAll(
                item("helpGuide", "help.windowSmall.guide", this::showGuide),
                item("helpKeys", "help.windowSmall.keys.title", this::showKeys),
                item("helpGlossary", "help.windowSmall.glossary", glossary),
                new SeparatorMenuItem(),
                item("helpAbout", "help.windowSmall.about.title", this::showAbout));
        return menu;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(texts.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    public void showAbout() {
        Label text = wrapped(content.about());
        text.setId("aboutText");
        show("helpAboutWindow", content.aboutTitle(), new VBox(12, heading(texts.get("app.title")), text), 460, 260);
    }

    public void showGuide() {
        VBox box = new VBox(10);
        for (HelpContent.GuideSection section : content.guide()) {
            if (!section.heading().isEmpty()) {
                box.getChildren().add(heading(section.heading()));
            }
            section.paragraphs().forEach(p -> box.getChildren().add(wrapped(p)));
        }
        show("helpGuideWindow", texts.get("help.windowSmall.guide.title"), box, 620, 640);
    }

    public void showKeys() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        int row = 0;
        for (HelpContent.KeyRow key : content.keys()) {
            Label keys = new Label(key.keys());
            keys.getStyleClass().add("text-bold");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(row++, keys, wrapped(key.what()));
        }
        show("helpKeysWindow", texts.get("help.windowSmall.keys.title"), new VBox(12, heading(texts.get("help.windowSmall.keys.title")), grid), 640, 560);
    }

    private void show(String id, String title, Node body, double width, double height) {
        if (shown != null) {
            shown.hide();
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(16));
        scroll.setId(id);
        Stage stage = new Stage();
        Window parent = owner.get();
        stage.initOwner(parent);
        stage.setTitle(title);
        Scene scene = new Scene(scroll, width, height);
        if (parent != null && parent.getScene() != null) {
            scene.getStylesheets().setAll(parent.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        shown = stage;
        stage.show();
        scroll.requestFocus();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-3");
        label.setWrapText(true);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
