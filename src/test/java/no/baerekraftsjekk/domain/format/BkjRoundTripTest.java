package no.baerekraftsjekk.domain.format;

import static no.baerekraftsjekk.domain.format.ValidFile.caseOf;
import static no.baerekraftsjekk.domain.format.ValidFile.goal;
import static no.baerekraftsjekk.domain.format.ValidFile.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;

class BkjRoundTripTest {
    private static final Texts NB = Texts.of(Language.NB);

    private final BkjReader reader = new BkjReader();
    private final BkjWriter writer = new BkjWriter();

    @Test
    void aFullAssessmentWithEveryFieldComesBackFieldByField() throws Exception {
        Assessment original = Fixtures.fullAssessment().withStatus(Status.COMPLETE).withCollaboration("Plan, bygg og 🌍 klima.");

        ReadResult read = reader.read(writer.write(original));
        Assessment back = read.assessment();

        assertThat(read.warnings()).isEmpty();
        CaseInfo a = original.caseInfo();
        CaseInfo b = back.caseInfo();
        assertThat(b.title()).isEqualTo(a.title());
        assertThat(b.caseNumber()).isEqualTo(a.caseNumber());
        assertThat(b.caseType()).isEqualTo(a.caseType());
        assertThat(b.organisation()).isEqualTo(a.organisation());
        assertThat(b.unit()).isEqualTo(a.unit());
        assertThat(b.caseworker()).isEqualTo(a.caseworker());
        assertThat(b.date()).isEqualTo(a.date());
        assertThat(b.description()).isEqualTo(a.description()).contains("\n");
        assertThat(b.exemptionBasis()).isEqualTo("Offl. § 14");
        assertThat(back.goals().keySet()).isEqualTo(original.goals().keySet()).hasSize(17);
        for (GoalAssessment g : original.goals().values()) {
            GoalAssessment h = back.goals().get(g.goal());
            assertThat(h.relevance()).as("goal %d", g.goal()).isEqualTo(g.relevance());
            assertThat(h.positive()).as("goal %d", g.goal()).isEqualTo(g.positive());
            assertThat(h.negative()).as("goal %d", g.goal()).isEqualTo(g.negative());
            assertThat(h.certainty()).as("goal %d", g.goal()).isEqualTo(g.certainty());
            assertThat(h.horizon()).as("goal %d", g.goal()).isEqualTo(g.horizon());
            assertThat(h.targets()).as("goal %d", g.goal()).isEqualTo(g.targets());
            assertThat(h.justification()).as("goal %d", g.goal()).isEqualTo(g.justification());
            assertThat(h.measures()).as("goal %d", g.goal()).isEqualTo(g.measures());
        }
        for (Dimension d : Dimension.values()) {
            assertThat(back.dimensionText(d)).isEqualTo(original.dimensionText(d)).isNotEmpty();
        }
        assertThat(back.conflicts()).isEqualTo(original.conflicts()).hasSize(2);
        assertThat(back.collaboration()).isEqualTo(original.collaboration());
        assertThat(back.conclusion()).isEqualTo(original.conclusion());
        assertThat(back.status()).isEqualTo(Status.COMPLETE);
        assertThat(back).isEqualTo(original);
    }

    @Test
    void textsAtTheirLimitsAreAccepted() throws Exception {
        Assessment longest = Fixtures.fullAssessment()
                .withCaseInfo(Fixtures.fullAssessment().caseInfo().withTitle("t".repeat(300)))
                .withConclusion("ø".repeat(20_000));
        assertThat(reader.read(writer.write(longest)).assessment()).isEqualTo(longest);
    }

    @Test
    void controlCharactersAreRemovedWithAWarningNamingTheField() throws Exception {
        ReadResult read = reader.read(with(r -> {
            goal(r, 0).put("justification", "Før\u0001 etter\u0007\tmed tab\r\nog linjeskift");
            caseOf(r).put("caseworker", "Kari\u000BNordmann");
        }));

        assertThat(read.assessment().goals().get(1).justification()).isEqualTo("Før etter\tmed tab\r\nog linjeskift");
        assertThat(read.assessment().caseInfo().caseworker()).isEqualTo("KariNordmann");
        assertThat(read.warnings()).hasSize(2)
                .anySatisfy(w -> assertThat(NB.format(w)).contains("goals[0].justification").contains("Kontrolltegn"))
                .anySatisfy(w -> assertThat(NB.format(w)).contains("case.caseworker"));
    }

    @Test
    void unknownFieldsAreIgnoredWithAWarningNamingEach() throws Exception {
        ReadResult read = reader.read(with(r -> {
            r.put("programVersion", "9.1");
            caseOf(r).put("epost", "kari@example.no");
            goal(r, 2).put("weight", 3);
            ((ObjectNode) r.get("dimensions")).putObject("CULTURE").put("text", "x");
            ((ObjectNode) r.get("dimensions").get("SOCIAL")).put("score", 2);
            ((ObjectNode) r.get("conflicts").get(0)).put("note", "x");
        }));

        assertThat(read.assessment()).as("a version 1 file has no id").isEqualTo(Fixtures.fullAssessment().withId(null));
        assertThat(read.warnings()).hasSize(6)
                .anySatisfy(w -> assertThat(NB.format(w)).contains("programVersion"))
                .anySatisfy(w -> assertThat(NB.format(w)).contains("case.epost"))
                .anySatisfy(w -> assertThat(NB.format(w)).contains("goals[2].weight"))
                .anySatisfy(w -> assertThat(NB.format(w)).contains("dimensions.CULTURE"))
                .anySatisfy(w -> assertThat(NB.format(w)).contains("dimensions.SOCIAL.score"))
                .anySatisfy(w -> assertThat(NB.format(w)).contains("conflicts[0].note"));
    }

    @Test
    void anExemptionBasisOfNullOrNoneMeansNotExemptAndATextMeansExempt() throws Exception {
        assertThat(reader.read(with(r -> caseOf(r).putNull("exemptionBasis"))).assessment().caseInfo().isExempt()).isFalse();
        assertThat(reader.read(with(r -> caseOf(r).remove("exemptionBasis"))).assessment().caseInfo().isExempt()).isFalse();
        CaseInfo exempt = reader.read(with(r -> caseOf(r).put("exemptionBasis", "Offl. § 13"))).assessment().caseInfo();
        assertThat(exempt.isExempt()).isTrue();
        assertThat(exempt.exemptionBasis()).isEqualTo("Offl. § 13");

        Assessment open = Fixtures.fullAssessment().withCaseInfo(Fixtures.fullAssessment().caseInfo().withExemptionBasis(null));
        String written = new String(writer.write(open), StandardCharsets.UTF_8);
        assertThat(written).contains("\"exemptionBasis\" : null");
        assertThat(reader.read(written.getBytes(StandardCharsets.UTF_8)).assessment()).isEqualTo(open);
    }

    @Test
    void aHalfOfASurrogatePairIsRemovedWithAWarningAndAWholeOneKept() throws Exception {
        String file = new String(with(r -> r.put("conclusion", "Jord 🌍 og HALVhalv")), StandardCharsets.UTF_8)
                .replace("HALV", "\\ud800"); // as JSON writes it; a UTF-8 file cannot hold it raw
        ReadResult read = reader.read(file.getBytes(StandardCharsets.UTF_8));
        assertThat(read.assessment().conclusion()).isEqualTo("Jord 🌍 og halv");
        assertThat(read.warnings()).singleElement().satisfies(w -> assertThat(NB.format(w)).contains("conclusion"));
    }

    @Test
    void aDraftWhoseTitleWasClearedIsWrittenAsAValidFileUnderAPlaceholder() throws Exception {
        var draft = no.baerekraftsjekk.domain.Assessment.newDraft("   ");
        var read = new BkjReader().read(new BkjWriter().write(draft));
        org.assertj.core.api.Assertions.assertThat(read.assessment().caseInfo().title()).isEqualTo("Uten tittel");
    }
}
