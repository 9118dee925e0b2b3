package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import no.baerekraftsjekk.ui.FxTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A page just opened keeps the focus JavaFX hands to the window's first control, until the user acts. */
class FocusStaysInPageTest {
    private Stage stage;
    private Button helpMenu;
    private TextField title;
    private Scene scene;

    @BeforeAll
    static void platform() {
        FxTesting.startPlatform();
    }

    @AfterEach
    void close() {
        FxTesting.onFx(() -> stage.close());
    }

    private void open() {
        FxTesting.onFx(() -> {
            helpMenu = new Button("Hjelp");
            title = new TextField();
            VBox page = new VBox(title);
            scene = new Scene(new VBox(helpMenu, page), 400, 200);
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            title.requestFocus();
            FocusStaysInPage.install(page, scene, title::requestFocus);
        });
    }

    @Test
    void aFocusThatLandsOutsideThePageBeforeTheUserActsGoesBackToTheStep() {
        open();
        FxTesting.onFx(() -> helpMenu.requestFocus());
        FxTesting.await("the title has the focus again", () -> FxTesting.get(() -> scene.getFocusOwner() == title));
    }

    @Test
    void onceTheUserHasPressedAKeyTheFocusGoesWhereTheyTakeIt() {
        open();
        FxTesting.onFx(() -> {
            javafx.event.Event.fireEvent(title, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.SHIFT, true, false, false, false));
            helpMenu.requestFocus();
        });
        // A return to the step would be queued during the focus change: this runs after it.
        FxTesting.onFx(() -> { });
        assertThat(FxTesting.get(() -> scene.getFocusOwner())).isSameAs(helpMenu);
    }
}
