package no.baerekraftsjekk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FrameDrawnTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("Mine vurderinger")), 400, 300));
        stage.show();
    }

    @Test
    void theActionRunsOnceOnTheFxThreadTwoPulsesAfterTheChange() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        int[] pulses = {0};
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses[0]++;
            }
        };
        Platform.runLater(() -> {
            counter.start();
            ((StackPane) stage.getScene().getRoot()).getChildren().add(new Label("Ny rad"));
            FrameDrawn.then(() -> {
                events.add("action after " + pulses[0] + " pulses on the FX thread: " + Platform.isFxApplicationThread());
                done.countDown();
            });
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        Platform.runLater(counter::stop);
        Thread.sleep(200);
        assertThat(events).hasSize(1);
        assertThat(events.getFirst()).endsWith("on the FX thread: true");
        assertThat(Integer.parseInt(events.getFirst().replaceAll("\\D+(\\d+) pulses.*", "$1"))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void afterPaintingRunsBehindWhatIsAlreadyQueuedAndNeverInline() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            // Queued first, as the software pipeline queues a painted frame's pixels.
            Platform.runLater(() -> order.add("queued before"));
            FrameDrawn.afterPainting(() -> {
                order.add("action");
                done.countDown();
            });
            order.add("caller continues");
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("caller continues", "queued before", "action");
    }
}
