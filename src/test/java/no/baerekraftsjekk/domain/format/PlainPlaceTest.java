package no.baerekraftsjekk.domain.format;

import static no.baerekraftsjekk.domain.format.ValidFile.caseOf;
import static no.baerekraftsjekk.domain.format.ValidFile.goal;
import static no.baerekraftsjekk.domain.format.ValidFile.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the window names the place of a fault as a caseworker knows it («Mål 3, positiv
 * virkning»), in the window's language; the path stays in the problem for {@code check}'s JSON.
 */
class PlainPlaceTest {

    private static InvalidAssessmentFileException refused(Consumer<ObjectNode> change) {
        return catchThrowableOfType(InvalidAssessmentFileException.class, () -> new BkjReader().read(with(change)));
    }

    /** The goal number the file gives its entry at {@code index}. */
    private static int goalAt(int index) {
        return ValidFile.tree().get("goals").get(index).get("goal").intValue();
    }

    @Test
    void aRatingOutOfRangeIsNamedByTheGoalsNumberAndTheFieldInEachLanguage() {
        int number = goalAt(2);
        InvalidAssessmentFileException e = refused(r -> goal(r, 2).put("positive", 4));
        FileProblem problem = e.problems().getFirst();
        assertThat(problem.path()).as("kept for check's JSON").isEqualTo("goals[2].positive");
        assertThat(Texts.of(Language.NB).format(problem.inWords()))
                .isEqualTo("Mål " + number + ", positiv virkning: Verdien 4 er utenfor det tillatte området 0–3.");
        assertThat(Texts.of(Language.NN).format(problem.inWords())).startsWith("Mål " + number + ", positiv verknad: ");
        assertThat(Texts.of(Language.EN).format(problem.inWords())).startsWith("Goal " + number + ", positive effect: ");
        assertThat(Texts.of(Language.NB).format(e.explanation())).doesNotContain("goals[");
        // The command line's own summary keeps naming the path.
        assertThat(Texts.of(Language.NB).format(problem.located())).startsWith("goals[2].positive: ");
    }

    @Test
    void aGoalWithoutAValidNumberIsNamedByItsPlaceInTheList() {
        FileProblem problem = refused(r -> goal(r, 0).put("goal", 18)).problems().getFirst();
        assertThat(Texts.of(Language.NB).format(problem.inWords())).startsWith("Mål nr. 1 i lista, målnummer: ");
    }

    @Test
    void caseFieldsTargetsAndConflictsAreNamedInWords() {
        Texts nb = Texts.of(Language.NB);
        assertThat(nb.format(refused(r -> caseOf(r).put("date", "23.11.2026")).problems().getFirst().inWords()))
                .startsWith("Om saken, dato: ");
        int number = goalAt(0);
        assertThat(nb.format(refused(r -> goal(r, 0).putArray("targets").add("99.9")).problems().getFirst().inWords()))
                .startsWith("Mål " + number + ", delmål nr. 1 i lista: ");
        List<Integer> pair = new java.util.ArrayList<>();
        ValidFile.tree().get("conflicts").get(0).get("goals").forEach(n -> pair.add(n.intValue()));
        String conflict = nb.format(refused(r -> ((ObjectNode) r.get("conflicts").get(0)).put("handling", 5)).problems().getFirst().inWords());
        assertThat(conflict).startsWith(pair.size() == 2 ? "Konflikten mellom mål " + pair.get(0) + " og " + pair.get(1) + ", avveining: "
                : "Konflikten innen mål " + pair.get(0) + ", avveining: ");
    }

    @Test
    void aPlaceItDoesNotKnowKeepsThePath() {
        FileProblem problem = refused(r -> r.put("status", "FERDIG")).problems().getFirst();
        assertThat(Texts.of(Language.NB).format(problem.inWords())).startsWith("status: ");
    }
}
