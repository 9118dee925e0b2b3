package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.storage.SqliteLibrary;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.profile.LocalGoal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioCommandTest {
    @TempDir
    Path folder;

    private String out;
    private String err;

    private int run(String... args) {
        return runWith(CouncilProfile.builtIn(), args);
    }

    private int runWith(CouncilProfile profile, String... args) {
        CliRun run = CliRun.of(profile, args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    private Path library() {
        Path db = folder.resolve("lib.sqlite");
        try (SqliteLibrary library = SqliteLibrary.open(db)) {
            Assessment full = Fixtures.fullAssessment();
            library.create(dated(full, "Kommunalteknikk", LocalDate.of(2027, 2, 1)));
            library.create(dated(full, "kommunalteknikk ", LocalDate.of(2027, 5, 1)));
            library.create(dated(full, "Oppvekst", LocalDate.of(2027, 5, 1)));
            library.create(dated(full, "Kommunalteknikk", LocalDate.of(2026, 5, 1)));
        }
        return db;
    }

    private static Assessment dated(Assessment a, String unit, LocalDate date) {
        CaseInfo i = a.caseInfo();
        return a.withCaseInfo(new CaseInfo(i.title(), i.caseNumber(), CaseType.PLAN, i.organisation(), unit, i.caseworker(), date,
                i.description(), i.exemptionBasis()));
    }

    @Test
    void writesTheWorksheetOfTheFilteredCasesAndSaysHowManyItCounted() throws Exception {
        Path db = library();
        Path target = folder.resolve("portefolje.xlsx");

        int code = run("portfolio", "--from", "2027-01-01", "--to", "2027-12-31", "--unit", "KOMMUNALTEKNIKK",
                "--case-type", "plan", "--format", "xlsx", "--out", target.toString(), "--db", db.toString());

        assertThat(code).as(err).isZero();
        assertThat(out.strip()).isEqualTo(target.toString());
        assertThat(err).contains("2 saker i porteføljen");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            assertThat(workbook.getSheet("Enheter").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void aFolderAsOutGetsASuggestedNameInEachFormat() {
        Path db = library();
        for (String format : new String[] {"docx", "pdf"}) {
            assertThat(run("portfolio", "--format", format, "--out", folder.toString(), "--db", db.toString())).as(err).isZero();
            assertThat(Path.of(out.strip())).exists().hasFileName("Baerekraftsportefolje." + format);
        }
    }

    @Test
    void aReversedPeriodOrABadDateIsRefusedInNorwegianAndWritesNothing() {
        Path db = library();
        Path target = folder.resolve("x.pdf");

        assertThat(run("portfolio", "--from", "2027-12-31", "--to", "2027-01-01", "--format", "pdf", "--out", target.toString(),
                "--db", db.toString())).isEqualTo(2);
        assertThat(err).contains("Perioden er snudd");
        assertThat(run("portfolio", "--from", "31.12.2027", "--format", "pdf", "--out", target.toString(), "--db", db.toString()))
                .isEqualTo(2);
        assertThat(err).contains("«31.12.2027» er ikke en dato");
        assertThat(run("portfolio", "--format", "odt", "--out", target.toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(err).contains("Bruk xlsx, docx eller pdf");
        assertThat(target).doesNotExist();
    }

    @Test
    void aRepeatedUnitOptionTakesTheCasesOfEachUnit() throws Exception {
        Path db = library();
        Path target = folder.resolve("to-enheter.xlsx");

        int code = run("portfolio", "--from", "2027-01-01", "--unit", "Oppvekst", "--unit", "kommunalteknikk", "--status", "draft",
                "--status", "complete", "--format", "xlsx", "--out", target.toString(), "--db", db.toString());

        assertThat(code).as(err).isZero();
        assertThat(err).contains("3 saker i porteføljen");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            var summary = workbook.getSheet("Utvalg");
            String units = java.util.stream.StreamSupport.stream(summary.spliterator(), false)
                    .filter(r -> r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("Enhet"))
                    .map(r -> r.getCell(1).getStringCellValue()).findFirst().orElseThrow();
            assertThat(units).isEqualTo("Kommunalteknikk, Oppvekst");
        }
    }

    @Test
    void inNynorskTheGoalsAndTheCouncilsOwnGoalsHaveTheirNynorskTitles() throws Exception {
        Path db = library();
        Path target = folder.resolve("portefolje-nn.docx");
        CouncilProfile profile = new CouncilProfile("Eksempel kommune", java.util.Optional.empty(),
                java.util.List.of(new LocalGoal("KP-1", "Trygge skulevegar", "", java.util.List.of(11), java.util.List.of())),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty());

        assertThat(runWith(profile, "portfolio", "--language", "nn", "--format", "docx", "--out", target.toString(), "--db",
                db.toString())).as(err).isZero();

        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(target))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("Reint vatn og gode sanitærforhold", "Berekraftige byar og lokalsamfunn", "Måla i kommuneplanen",
                    "KP-1 Trygge skulevegar");
            assertThat(text).doesNotContain("Rent vann og gode sanitærforhold", "Bærekraftige byer og lokalsamfunn");
        }
    }
}
