package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.handling;
import static no.baerekraftsjekk.domain.analysis.Assessments.notRelevant;
import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.DimensionMapping;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;

class CheckReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A new primary school on part of a green area: realistic, half done. */
    private static Assessment newSchool() {
        Assessment assessment = Assessment.newDraft("Ny barneskole på Nordbyhagen");
        for (GoalAssessment goal : List.of(
                rated(4, 3, 0),
                GoalAssessment.screened(3, Relevance.INDIRECT).withRatings(2, 0).withJustification("Skolegården gir lek og bevegelse."),
                rated(11, 2, 1),
                rated(15, 0, 2),
                GoalAssessment.screened(13, Relevance.INDIRECT),
                GoalAssessment.screened(8, Relevance.INDIRECT).withRatings(1, 0).withJustification("Byggeperioden gir lokale arbeidsplasser."),
                notRelevant(1), notRelevant(2), notRelevant(5), notRelevant(6), notRelevant(10), notRelevant(12), notRelevant(16))) {
            assessment = assessment.withGoal(goal);
        }
        return assessment
                .withHandling(handling("Tapet av friområde veies mot 400 nye elevplasser.", 4, 15))
                .withHandling(handling("Fortetting nær kollektivknutepunktet veier tyngst.", 11, 15))
                .withHandling(ConflictHandling.of(List.of(11), "Mer trafikk ved skolestart; trygg skolevei prioriteres.", "Stengt gate ved skolestart."))
                .withHandling(handling("Skrevet da mål 9 var vurdert.", 9, 13));
    }

    private static TradeOffCatalog catalog() {
        return new TradeOffCatalog(List.of(
                new TradeOff(List.of(14, 11), TradeOff.Basis.RESEARCH, "Kroll et al. 2019", "Sjekk om overvann fra tomta når vassdrag og sjø."),
                new TradeOff(List.of(4, 16), TradeOff.Basis.MUNICIPAL, "Kommunal erfaring", "Sjekk om skolebygget endrer hvem som får delta i beslutningene."),
                new TradeOff(List.of(8, 13), TradeOff.Basis.MUNICIPAL, "Kommunal erfaring", "Sjekk utslippene.")));
    }

    @Test
    void buildsTheSpecsObjectWithItsKeysInOrder() throws IOException {
        Assessment assessment = newSchool();
        Analysis analysis = new AssessmentAnalyzer(DimensionMapping.standard(), catalog()).analyse(assessment);

        ObjectNode report = CheckReport.of(assessment, analysis,
                List.of(Message.of("format.warning.unknownField", "extra", 1)), Texts.of(Language.NB));

        JsonNode expected;
        try (InputStream in = CheckReportTest.class.getResourceAsStream("/analysis/check-expected.json")) {
            expected = JSON.readTree(in);
        }
        assertThat(report).isEqualTo(expected);
        // Equality of JSON objects ignores key order; the text does not.
        assertThat(JSON.writeValueAsString(report)).isEqualTo(JSON.writeValueAsString(expected));
        assertThat(analysis.orphanedHandlings()).extracting(ConflictHandling::goals).containsExactly(List.of(9, 13));
    }

    @Test
    void aReadyAssessmentHasEmptyListsAndReadyTrue() {
        Assessment assessment = Assessments.complete();
        Analysis analysis = Assessments.analyzer().analyse(assessment);

        ObjectNode report = CheckReport.of(assessment, analysis, List.of(), Texts.of(Language.NB));

        assertThat(report.toString()).isEqualTo("{\"valid\":true,\"warnings\":[],"
                + "\"goals\":{\"assessed\":17,\"relevant\":17,\"notAssessed\":[]},"
                + "\"dimensions\":{\"ENVIRONMENT\":{\"positive\":0,\"negative\":0},\"SOCIAL\":{\"positive\":0,\"negative\":0},"
                + "\"ECONOMIC\":{\"positive\":0,\"negative\":0}},"
                + "\"conflicts\":[],\"hints\":[],\"readyToComplete\":true,\"blocking\":[]}");
    }
}
