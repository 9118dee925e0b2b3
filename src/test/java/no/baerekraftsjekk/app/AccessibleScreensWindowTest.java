package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import no.baerekraftsjekk.ui.common.TextSize;
import no.baerekraftsjekk.ui.common.ThemeChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the window, in every look, as a screen reader and a person with low vision meet
 * it: each focusable control has a name and a role and shows when it has the focus, and every text has contrast of at least 4.5:1
 * against what is behind it. Then at 200 % and 150 % text size in every look, and 125 % in the light one, with a picture of
 * every screen (target/snapshots/a11y/), no label cut short and no step scrolling sideways.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class AccessibleScreensWindowTest {
    @TempDir
    Path data;

    private DesktopSession session;
    private Stage stage;
    private long assessment;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        assessment = AccessibleScreens.seedExample(data);
        session = WindowUnderTest.start(stage, data);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void everyScreenNamesEveryControlShowsFocusAndKeepsContrastInEveryLook(FxRobot robot) throws Exception {
        AccessibleScreens screens = open(robot);
        screens.checkFocusRings();
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST}) {
            screens.walk(theme, TextSize.NORMAL, theme.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-100");
        }
        assertThat(screens.problems).as("controls without a name, texts under 4.5:1").isEmpty();
        assertThat(screens.focus).as("controls that do not show the focus").isEmpty();
    }

    @Test
    void atLargerTextSizesNoLabelIsCutInAnyLook(FxRobot robot) throws Exception {
        AccessibleScreens screens = open(robot);
        for (ThemeChoice look : java.util.List.of(ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST)) {
            String name = look.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            screens.walk(look, TextSize.LARGEST, name + "-200");
            screens.walk(look, TextSize.LARGE, name + "-150");
        }
        screens.walk(ThemeChoice.LIGHT, TextSize.LARGER, "light-125");
        assertThat(screens.cut).as("labels cut short at 200 %, 150 % and 125 %").isEmpty();
        assertThat(screens.sideways).as("steps that scroll sideways at 200 %, 150 % and 125 %").isEmpty();
        assertThat(screens.problems).as("controls without a name, texts under 4.5:1").isEmpty();
    }

    @Test
    void theSettingsChangeEveryWindowAtOnceAndAreRemembered(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#settingsButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#settingsTextSize").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<TextSize> size = robot.lookup("#settingsTextSize").queryAs(javafx.scene.control.ComboBox.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<ThemeChoice> theme = robot.lookup("#settingsTheme").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(theme.getValue()).as("the system's until chosen").isEqualTo(ThemeChoice.SYSTEM);
        assertThat(size.getValue()).isEqualTo(TextSize.NORMAL);
        robot.interact(() -> {
            size.getSelectionModel().select(TextSize.LARGEST);
            theme.getSelectionModel().select(ThemeChoice.HIGH_CONTRAST);
        });
        for (javafx.scene.Scene scene : java.util.List.of(stage.getScene(), size.getScene())) {
            assertThat(scene.getRoot().getStyle()).contains("-fx-font-size: 28px;");
            assertThat(scene.getStylesheets().getLast()).endsWith("high-contrast.css");
        }
        robot.interact(() -> size.getScene().getWindow().hide());
        Path file = data.resolve("settings.properties");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(file)
                && java.nio.file.Files.readString(file).contains("window.textSize=200")
                && java.nio.file.Files.readString(file).contains("window.theme=HIGH_CONTRAST"));
    }

    private AccessibleScreens open(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup(".library-table").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> {
            // The headless screen is 1280 × 800: the widest window it shows whole, at a laptop's height.
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(768);
        });
        return new AccessibleScreens(robot, stage, session.window(), assessment);
    }
}
