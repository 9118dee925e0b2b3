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
        List<Integer> pulsesAtAction = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        // Three pulses after the action ran: time enough for a second run, had there been one.
        CountDownLatch laterPulses = new CountDownLatch(3);
        int[] pulses = {0};
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses[0]++;
                if (done.getCount() == 0) {
                    laterPulses.countDown();
                }
            }
        };
        Platform.runLater(() -> {
            counter.start();
            ((StackPane) stage.getScene().getRoot()).getChildren().add(new Label("Ny rad"));
            FrameDrawn.then(() -> {
                pulsesAtAction.add(pulses[0]);
                onFxThread.add(Platform.isFxApplicationThread());
                done.countDown();
            });
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(laterPulses.await(10, TimeUnit.SECONDS)).isTrue();
        Platform.runLater(counter::stop);
        assertThat(pulsesAtAction).hasSize(1);
        assertThat(onFxThread).containsExactly(true);
        assertThat(pulsesAtAction.getFirst()).isGreaterThanOrEqualTo(2);
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
