package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.fixtureCatalog;
import static no.baerekraftsjekk.domain.analysis.Assessments.of;
import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.DimensionMapping;
import no.baerekraftsjekk.domain.InvalidMappingException;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingSourceTest {
    private static final Texts NB = Texts.of(Language.NB);

    @TempDir
    Path folder;

    /** The default mapping as a file, with goal 7 moved to ECONOMIC, as some organisations group it. */
    private static List<String> mappingWithSevenUnderEconomy() {
        List<String> lines = new ArrayList<>(List.of("goal\ttitle_nb\tdimension"));
        for (int goal = 1; goal <= 17; goal++) {
            String dimension = goal == 7 ? "ECONOMIC"
                    : DimensionMapping.standard().dimensionOf(goal).map(Dimension::name).orElse("CROSS_CUTTING");
            lines.add(goal + "\tMål " + goal + "\t" + dimension);
        }
        return lines;
    }

    private Path write(List<String> lines) throws IOException {
        return Files.write(folder.resolve(MappingSource.FILE_NAME), lines, StandardCharsets.UTF_8);
    }

    @Test
    void theDefaultIsUsedWhenTheDataFolderHasNoMappingFile() throws IOException {
        MappingSource source = MappingSource.in(folder);

        assertThat(source.isDefault()).isTrue();
        assertThat(source.mapping()).isSameAs(DimensionMapping.standard());
    }

    @Test
    void theOrganisationsMappingChangesDimensionLevelsAndCrossDimensionFlags() throws IOException {
        Path file = write(mappingWithSevenUnderEconomy());
        MappingSource source = MappingSource.in(folder);
        assertThat(source.file()).contains(file);

        // Goal 7 gains, goal 11 (SOCIAL) and goal 9 (ECONOMIC) lose.
        Assessment assessment = of(rated(7, 3, 0), rated(11, 0, 2), rated(9, 0, 2));
        Analysis standard = new AssessmentAnalyzer(DimensionMapping.standard(), fixtureCatalog()).analyse(assessment);
        Analysis own = new AssessmentAnalyzer(source.mapping(), fixtureCatalog()).analyse(assessment);

        assertThat(standard.dimensions().get(Dimension.SOCIAL)).isEqualTo(new DimensionLevel(Dimension.SOCIAL, 3, 2));
        assertThat(own.dimensions().get(Dimension.SOCIAL)).isEqualTo(new DimensionLevel(Dimension.SOCIAL, 0, 2));
        assertThat(own.dimensions().get(Dimension.ECONOMIC)).isEqualTo(new DimensionLevel(Dimension.ECONOMIC, 3, 2));

        assertThat(crossDimension(standard, 7, 11)).isFalse();
        assertThat(crossDimension(standard, 7, 9)).isTrue();
        assertThat(crossDimension(own, 7, 11)).isTrue();
        assertThat(crossDimension(own, 7, 9)).isFalse();

        assertThat(standard.conflictsOf(ConflictKind.DIMENSIONS)).extracting(Conflict::dimensions)
                .containsExactly(List.of(Dimension.SOCIAL, Dimension.ECONOMIC));
        assertThat(own.conflictsOf(ConflictKind.DIMENSIONS)).extracting(Conflict::dimensions)
                .containsExactly(List.of(Dimension.SOCIAL, Dimension.ECONOMIC));
    }

    private static boolean crossDimension(Analysis analysis, int a, int b) {
        return analysis.conflictsOf(ConflictKind.GOALS).stream().filter(c -> c.goals().equals(List.of(a, b)))
                .findFirst().orElseThrow().crossDimension();
    }

    @Test
    void aGoalMarkedCrossCuttingOrEmptySitsInNoDimension() throws IOException {
        List<String> lines = mappingWithSevenUnderEconomy();
        lines.set(7, "7\tMål 7\t");
        DimensionMapping mapping = DimensionMapping.loadFrom(write(lines));

        assertThat(mapping.dimensionOf(7)).isEmpty();
        assertThat(mapping.dimensionOf(17)).isEmpty();
        assertThat(mapping.dimensionOf(15)).contains(Dimension.ENVIRONMENT);
    }

    @Test
    void aBadDimensionIsRefusedNamingFileAndLine() throws IOException {
        List<String> lines = mappingWithSevenUnderEconomy();
        lines.set(7, "7\tMål 7\tENVIROMENT");
        Path file = write(lines);

        assertThatThrownBy(() -> MappingSource.in(folder))
                .isInstanceOfSatisfying(InvalidMappingException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(8);
                })
                .extracting(NB::explain, STRING).isEqualTo("Dimensjonsfila " + file + ", linje 8: «ENVIROMENT» er ikke en dimensjon; "
                        + "bruk ENVIRONMENT, SOCIAL, ECONOMIC, CROSS_CUTTING eller la feltet stå tomt");
    }

    @Test
    void aBadGoalNumberIsRefusedNamingFileAndLine() throws IOException {
        List<String> lines = mappingWithSevenUnderEconomy();
        lines.set(3, "18\tMål 18\tSOCIAL");
        Path file = write(lines);

        assertThatThrownBy(() -> DimensionMapping.loadFrom(file))
                .extracting(NB::explain, STRING).isEqualTo("Dimensjonsfila " + file + ", linje 4: «18» er ikke et målnummer fra 1 til 17");
    }

    @Test
    void aGoalListedTwiceIsRefusedNamingBothLines() throws IOException {
        List<String> lines = mappingWithSevenUnderEconomy();
        lines.add("7\tMål 7\tSOCIAL");
        Path file = write(lines);

        assertThatThrownBy(() -> DimensionMapping.loadFrom(file))
                .extracting(NB::explain, STRING).isEqualTo("Dimensjonsfila " + file + ", linje 19: mål 7 står allerede på linje 8");
    }

    @Test
    void missingGoalsAndMissingColumnsAreRefused() throws IOException {
        List<String> lines = mappingWithSevenUnderEconomy();
        lines.remove(17);
        lines.remove(5);
        Path file = write(lines);
        assertThatThrownBy(() -> DimensionMapping.loadFrom(file))
                .extracting(NB::explain, STRING).isEqualTo("Dimensjonsfila " + file + " mangler mål 5, 17; alle 17 mål må stå i fila");

        Files.writeString(file, "goal\tdimensjon\n1\tSOCIAL\n");
        assertThatThrownBy(() -> DimensionMapping.loadFrom(file))
                .extracting(NB::explain, STRING).isEqualTo("Dimensjonsfila " + file + ", linje 1: kolonnen «dimension» mangler i overskriftslinjen");

        Files.writeString(file, "");
        assertThatThrownBy(() -> DimensionMapping.loadFrom(file)).extracting(NB::explain, STRING).startsWith("Dimensjonsfila " + file + " er tom");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = folder.resolve(MappingSource.FILE_NAME);
        Files.write(file, "goal\tdimension\n1\tSOCIAL\u00e6\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> DimensionMapping.loadFrom(file))
                .isInstanceOf(InvalidMappingException.class)
                .extracting(NB::explain, STRING).isEqualTo("Dimensjonsfila " + file + " er ikke lagret som UTF-8");
    }

    @Test
    void aByteOrderMarkAndExtraColumnsAreAccepted() throws IOException {
        List<String> lines = mappingWithSevenUnderEconomy();
        lines.set(0, "\uFEFF" + lines.getFirst() + "\tnote");

        assertThat(DimensionMapping.loadFrom(write(lines)).dimensionOf(7)).contains(Dimension.ECONOMIC);
    }
}
