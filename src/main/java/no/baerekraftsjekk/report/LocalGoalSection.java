package no.baerekraftsjekk.report;

import java.util.List;
import no.baerekraftsjekk.domain.profile.EffectDirection;
import no.baerekraftsjekk.domain.profile.LocalGoalReach;
import no.baerekraftsjekk.domain.profile.TouchedLocalGoal;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;

/**
 * «Kommuneplanens mål»: the council's own goals the case touches, with which way the ratings behind
 * each point, so a politician reads the case against the plan they adopted. Only when the council's
 * profile has local goals.
 */
final class LocalGoalSection {
    private LocalGoalSection() {
    }

    static boolean applies(ReportSource source) {
        return !source.guidance().localGoals().isEmpty();
    }

    static void addTo(List<ReportBlock> blocks, ReportSource source) {
        if (!applies(source)) {
            return;
        }
        ReportLabels labels = source.labels();
        blocks.add(new Heading(1, labels.text("localGoals.heading")));
        List<TouchedLocalGoal> touched = LocalGoalReach.of(source.guidance().localGoals(), source.assessment());
        if (touched.isEmpty()) {
            blocks.add(new Text(labels.text("localGoals.none"), TextStyle.BODY));
            return;
        }
        blocks.add(new Text(labels.text("localGoals.intro"), TextStyle.NOTE));
        List<List<String>> rows = touched.stream().map(t -> List.of(
                labels.text("localGoals.goal", t.goal().id(), t.goal().title()),
                direction(labels, t.direction()),
                String.join(", ", t.goalsBehind().stream().map(String::valueOf).toList()))).toList();
        blocks.add(new Table(List.of(labels.text("localGoals.column.goal"), labels.text("localGoals.column.direction"),
                labels.text("localGoals.column.unGoals")), rows, List.of(6, 3, 2)));
    }

    static String direction(ReportLabels labels, EffectDirection direction) {
        return labels.texts().longName(direction);
    }
}
