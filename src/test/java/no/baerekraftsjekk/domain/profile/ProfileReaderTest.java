package no.baerekraftsjekk.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a council's profile: every field, and every way of breaking one, refused with its line and field. */
class ProfileReaderTest {
    @TempDir
    Path folder;

    private final ProfileReader reader = new ProfileReader();
    private final Texts texts = Texts.of(Language.NB);

    private Path profile(String json) {
        return ProfileFiles.write(folder, ProfileReader.FILE_NAME, json);
    }

    private Path fullProfile(String logo) {
        ProfileFiles.png(folder, "logo.png");
        ProfileFiles.write(folder, "logo.svg", ProfileFiles.SVG);
        ProfileFiles.write(folder, "dimensjoner.tsv", ProfileFiles.mapping());
        return profile(ProfileFiles.full(logo));
    }

    /** The problems of a refused profile, one line each: "line|path|message". */
    private List<String> problems(String json) {
        return problemsOf(profile(json));
    }

    private List<String> problemsOf(Path file) {
        try {
            reader.read(file);
        } catch (InvalidProfileException e) {
            return e.problems().stream().map(p -> p.line() + "|" + p.path() + "|" + texts.format(p.message())).toList();
        }
        throw new AssertionError("The profile was accepted");
    }

    private static String minimal(String extra) {
        return "{\n  \"format\": \"baerekraftsjekk-profil\",\n  \"version\": 1,\n  \"organisation\": \"Eksempel kommune\""
                + (extra.isEmpty() ? "" : ",\n  " + extra) + "\n}\n";
    }

    @Test
    void everyFieldIsRead() throws IOException {
        CouncilProfile read = reader.read(fullProfile("logo.png"));

        assertThat(read.organisation()).isEqualTo("Eksempel kommune");
        assertThat(read.logo()).contains(new Logo(folder.resolve("logo.png").toAbsolutePath().normalize(), LogoFormat.PNG));
        assertThat(read.reportLanguage()).contains(Language.NN);
        assertThat(read.units()).containsExactly("Kommunalteknikk", "Oppvekst");
        assertThat(read.committees()).containsExactly("Formannskapet", "Kommunestyret");
        assertThat(read.exemptionBases()).containsExactly("Offl. § 13 jf. fvl. § 13 første ledd nr. 1");
        assertThat(read.localGoals()).containsExactly(
                new LocalGoal("KP-1", "Trygge skoleveier", "Alle barn går trygt.", List.of(11, 3), List.of("11.2")),
                new LocalGoal("KP-2", "Fornybar energi", "", List.of(), List.of("7.2", "7.a")));
        assertThat(read.dimensions()).isPresent();
        assertThat(read.dimensions().get().dimensionOf(7)).contains(Dimension.ECONOMIC);
        assertThat(read.wordTemplate()).isEmpty();
    }

    @Test
    void anSvgLogoIsRead() throws IOException {
        assertThat(reader.read(fullProfile("logo.svg")).logo().orElseThrow().format()).isEqualTo(LogoFormat.SVG);
    }

    @Test
    void aWordTemplateBesideTheProfileIsRead() throws IOException {
        Files.write(folder.resolve("mal.dotx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        CouncilProfile read = reader.read(profile(minimal("\"wordTemplate\": \"mal.dotx\"")));
        assertThat(read.wordTemplate()).contains(folder.resolve("mal.dotx").toAbsolutePath().normalize());
    }

    @Test
    void onlyTheRequiredFieldsGiveAnEmptyProfileWithThatName() throws IOException {
        CouncilProfile read = reader.read(profile(minimal("")));
        assertThat(read.organisation()).isEqualTo("Eksempel kommune");
        assertThat(read.logo()).isEmpty();
        assertThat(read.localGoals()).isEmpty();
        assertThat(read.units()).isEmpty();
        assertThat(read.reportLanguage()).isEmpty();
        assertThat(read.dimensions()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsAllowed() throws IOException {
        assertThat(reader.read(profile("\uFEFF" + minimal(""))).organisation()).isEqualTo("Eksempel kommune");
    }

    @Test
    void brokenJsonIsNamedByItsLine() {
        assertThat(problems("{\n  \"format\": \"baerekraftsjekk-profil\",\n  \"version\": 1,\n  \"organisation\": \"X\"\n  \"units\": []\n}"))
                .singleElement().asString().startsWith("5||Dette er ikke gyldig JSON");
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        assertThat(problems("{\n\"format\": \"baerekraftsjekk-profil\",\n\"format\": \"x\"\n}"))
                .singleElement().asString().startsWith("3||Dette er ikke gyldig JSON");
    }

    @Test
    void theRootMustBeAnObject() {
        assertThat(problems("[1, 2]")).containsExactly("1||Her skal det stå et objekt, med krøllparenteser rundt.");
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        assertThat(problems("{\n}")).containsExactly(
                "1|format|Feltet mangler, men må fylles ut.",
                "1|version|Feltet mangler, men må fylles ut.",
                "1|organisation|Feltet mangler, men må fylles ut.");
    }

    @Test
    void aWrongFormatOrVersionIsRefused() {
        assertThat(problems("{\n\"format\": \"baerekraftsjekk\",\n\"version\": 2,\n\"organisation\": \"X\"\n}")).containsExactly(
                "2|format|«baerekraftsjekk» er feil verdi; skriv «baerekraftsjekk-profil».",
                "3|version|Versjon 2 kjenner ikke programmet; det leser versjon 1.");
    }

    @Test
    void anUnknownFieldIsATypoNotIgnored() {
        assertThat(problems(minimal("\"comittees\": [\"Formannskapet\"]")))
                .containsExactly("5|comittees|Feltet «comittees» finnes ikke i profilformatet. Er det en skrivefeil?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"organisation\": 12|Her skal det stå en tekst i anførselstegn.",
            "\"organisation\": \"  \"|Teksten er tom.",
            "\"organisation\": \"a\\u0007b\"|Teksten inneholder kontrolltegn."})
    void aBrokenOrganisationIsNamed(String field, String message) {
        String json = "{\n\"format\": \"baerekraftsjekk-profil\",\n\"version\": 1,\n" + field + "\n}";
        assertThat(problems(json)).containsExactly("4|organisation|" + message);
    }

    @Test
    void aTooLongNameIsRefused() {
        String json = "{\n\"format\": \"baerekraftsjekk-profil\",\n\"version\": 1,\n\"organisation\": \"" + "x".repeat(301) + "\"\n}";
        assertThat(problems(json)).containsExactly("4|organisation|Teksten er lengre enn 300 tegn.");
    }

    @Test
    void anUnknownLanguageIsRefused() {
        assertThat(problems(minimal("\"language\": \"sv\"")))
                .containsExactly("5|language|«sv» er ikke et språk rapporten kan skrives på. Bruk nb, nn eller en.");
    }

    @Test
    void listsMustBeListsOfDistinctOneLineTexts() {
        assertThat(problems(minimal("\"units\": \"Oppvekst\",\n  \"committees\": [\"Formannskapet\", \"formannskapet\", 3],\n"
                + "  \"exemptionBases\": [\"Offl. §\\n13\"]"))).containsExactly(
                "5|units|Her skal det stå en liste i hakeparenteser [ ].",
                "6|committees[1]|«formannskapet» står to ganger (også i committees[0]).",
                "6|committees[2]|Her skal det stå en tekst i anførselstegn.",
                "7|exemptionBases[0]|Teksten må stå på én linje.");
    }

    @Test
    void aMissingLogoOrTemplateIsNamedWithItsPath() {
        List<String> found = problems(minimal("\"logo\": \"finnes-ikke.png\",\n  \"wordTemplate\": \"mal.dotx\""));
        assertThat(found).containsExactly(
                "5|logo|Fila " + folder.toAbsolutePath().resolve("finnes-ikke.png") + " finnes ikke.",
                "6|wordTemplate|Fila " + folder.toAbsolutePath().resolve("mal.dotx") + " finnes ikke.");
    }

    @Test
    void aLogoMustBeAPngOrAnSvgThatReads() throws IOException {
        ProfileFiles.write(folder, "logo.gif", "GIF89a");
        assertThat(problems(minimal("\"logo\": \"logo.gif\"")))
                .containsExactly("5|logo|Logoen logo.gif må være en PNG- eller SVG-fil (.png eller .svg).");
        ProfileFiles.write(folder, "feil.png", "ikke et bilde");
        assertThat(problems(minimal("\"logo\": \"feil.png\"")))
                .containsExactly("5|logo|Logoen feil.png er ikke et PNG-bilde som kan leses.");
        ProfileFiles.write(folder, "feil.svg", "<svg><g></svg>");
        assertThat(problems(minimal("\"logo\": \"feil.svg\"")))
                .containsExactly("5|logo|Logoen feil.svg er ikke en SVG-fil som kan leses.");
        ProfileFiles.write(folder, "html.svg", "<html/>");
        assertThat(problems(minimal("\"logo\": \"html.svg\"")))
                .containsExactly("5|logo|Logoen html.svg er ikke en SVG-fil som kan leses.");
        // An SVG may not fetch anything while it is read: a DOCTYPE is refused.
        ProfileFiles.write(folder, "xxe.svg", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>");
        assertThat(problems(minimal("\"logo\": \"xxe.svg\"")))
                .containsExactly("5|logo|Logoen xxe.svg er ikke en SVG-fil som kan leses.");
    }

    @Test
    void aLogoThatIsAFolderIsRefused() throws IOException {
        Files.createDirectories(folder.resolve("logo.png"));
        assertThat(problems(minimal("\"logo\": \"logo.png\"")))
                .containsExactly("5|logo|" + folder.toAbsolutePath().resolve("logo.png") + " er ikke en fil programmet kan lese.");
    }

    @Test
    void aTemplateMustBeAWordFile() throws IOException {
        ProfileFiles.write(folder, "mal.doc", "x");
        assertThat(problems(minimal("\"wordTemplate\": \"mal.doc\"")))
                .containsExactly("5|wordTemplate|Wordmalen mal.doc må være en .dotx- eller .docx-fil.");
        ProfileFiles.write(folder, "mal.docx", "tekst, ikke zip");
        assertThat(problems(minimal("\"wordTemplate\": \"mal.docx\"")))
                .containsExactly("5|wordTemplate|Wordmalen mal.docx er ikke et Word-dokument (.dotx eller .docx).");
    }

    @Test
    void aBrokenMappingNamesItsOwnLine() {
        ProfileFiles.write(folder, "dimensjoner.tsv", "goal\tdimension\n1\tSOSIAL\n");
        assertThat(problems(minimal("\"dimensionMapping\": \"dimensjoner.tsv\""))).singleElement().asString()
                .startsWith("5|dimensionMapping|Dimensjonsfila ").contains("linje 2: «SOSIAL» er ikke en dimensjon");
    }

    @Test
    void brokenLocalGoalsAreEachNamedByLineAndField() {
        String json = minimal("""
                "localGoals": [
                    {"id": "KP-1", "title": "Trygge skoleveier", "goals": [11]},
                    {"id": "kp-1", "title": "Samme id", "goals": [3]},
                    {"title": "Uten id", "goals": [18, 3, 3]},
                    {"id": "KP-4", "title": "Ukjent delmål", "targets": ["11.99", 7]},
                    {"id": "KP-5", "title": "Uten kobling"},
                    {"id": "KP-6", "title": "Skrivefeil", "goal": [4]},
                    "KP-7"
                  ]""");
        assertThat(problems(json)).containsExactly(
                "7|localGoals[1].id|«kp-1» står to ganger (også i localGoals[0]).",
                "8|localGoals[2].id|Feltet mangler, men må fylles ut.",
                "8|localGoals[2].goals[0]|18 er ikke et målnummer fra 1 til 17.",
                "8|localGoals[2].goals[2]|«3» står to ganger (også i localGoals[2].goals).",
                "9|localGoals[3].targets[0]|\"11.99\" er ikke et delmål i FNs liste (for eksempel \"11.2\" eller \"7.a\").",
                "9|localGoals[3].targets[1]|7 er ikke et delmål i FNs liste (for eksempel \"11.2\" eller \"7.a\").",
                "10|localGoals[4]|Et lokalt mål må være knyttet til minst ett bærekraftsmål (goals) eller delmål (targets).",
                "11|localGoals[5].goal|Feltet «goal» finnes ikke i profilformatet. Er det en skrivefeil?",
                "12|localGoals[6]|Her skal det stå et objekt, med krøllparenteser rundt.");
    }

    @Test
    void aHugeNumberOfFaultsIsCutShort() {
        StringBuilder goals = new StringBuilder("\"units\": [");
        for (int i = 0; i < 50; i++) {
            goals.append(i == 0 ? "" : ", ").append(i);
        }
        List<String> found = problems(minimal(goals + "]"));
        assertThat(found).hasSize(ProfileReader.MAX_REPORTED + 1);
        assertThat(found.getLast()).isEqualTo("0||… og 30 feil til.");
    }

    @Test
    void aFileThatIsNotUtf8OrTooLargeIsRefusedWhole() throws IOException {
        Path latin = folder.resolve("latin.json");
        Files.write(latin, minimal("\"units\": [\"Økonomi\"]").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problemsOf(latin)).containsExactly("0||Fila er ikke lagret som UTF-8.");
        Path large = folder.resolve("stor.json");
        Files.writeString(large, " ".repeat((int) ProfileReader.MAX_FILE_BYTES + 1));
        assertThat(problemsOf(large)).containsExactly("0||Fila er større enn 1024 kB og kan ikke være en profil.");
    }

    @Test
    void theWholeMessageNamesTheFileEveryFaultAndTheDefaults() {
        Path file = profile(minimal("\"language\": \"sv\",\n  \"units\": [1]"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(InvalidProfileException.class, e ->
                assertThat(texts.explain(e)).isEqualTo("Profilen " + file + " kan ikke brukes, så programmet bruker sine "
                        + "innebygde standardverdier til feilen er rettet:\n"
                        + "Linje 5 (language): «sv» er ikke et språk rapporten kan skrives på. Bruk nb, nn eller en.\n"
                        + "Linje 6 (units[0]): Her skal det stå en tekst i anførselstegn."));
    }

    @Test
    void aBrokenProfileIsNeverHalfUsed() {
        ProfileFiles.png(folder, "logo.png");
        Path file = profile(minimal("\"logo\": \"logo.png\",\n  \"units\": [\"Oppvekst\"],\n  \"committees\": [\"\"]"));
        ProfileSource source = ProfileSource.read(file, reader);
        assertThat(source.profile()).isEqualTo(CouncilProfile.builtIn());
        assertThat(source.file()).contains(file);
        assertThat(source.problem()).isPresent();
        assertThat(source.isBroken()).isTrue();
    }

    @Test
    void theFirstPlaceHoldingAProfileDecidesEvenWhenItIsBroken() throws IOException {
        Path program = folder.resolve("program");
        Path data = folder.resolve("data");
        ProfileFiles.write(data, ProfileReader.FILE_NAME, minimal(""));
        assertThat(ProfileSource.find(List.of(program.resolve(ProfileReader.FILE_NAME), data.resolve(ProfileReader.FILE_NAME)),
                reader).profile().organisation()).isEqualTo("Eksempel kommune");
        ProfileFiles.write(program, ProfileReader.FILE_NAME, "{");
        ProfileSource broken = ProfileSource.find(List.of(program.resolve(ProfileReader.FILE_NAME),
                data.resolve(ProfileReader.FILE_NAME)), reader);
        assertThat(broken.profile().isBuiltIn()).isTrue();
        assertThat(broken.file()).contains(program.resolve(ProfileReader.FILE_NAME));
        assertThat(ProfileSource.find(List.of(folder.resolve("ingen.json")), reader)).isEqualTo(ProfileSource.builtIn());
    }

    @Test
    void theProgramFolderComesBeforeTheDataFolder() {
        Path program = folder.resolve("program");
        Path data = folder.resolve("data");
        assertThat(ProfileSource.places(Optional.of(program), data))
                .endsWith(program.resolve(ProfileReader.FILE_NAME), data.resolve(ProfileReader.FILE_NAME));
    }

    @Test
    void aProfilePathThatIsAFolderIsRefused() throws IOException {
        Path dir = Files.createDirectories(folder.resolve(ProfileReader.FILE_NAME));
        ProfileSource source = ProfileSource.find(List.of(dir), reader);
        assertThat(source.isBroken()).isTrue();
        assertThat(texts.explain(source.problem().orElseThrow())).contains("er ikke en fil programmet kan lese");
    }

    @Test
    void localGoalsAreShownUnderTheirGoalsAndTheGoalsOfTheirTargets() throws IOException {
        CouncilProfile read = reader.read(fullProfile("logo.png"));
        assertThat(read.localGoalsUnder(11)).extracting(LocalGoal::id).containsExactly("KP-1");
        assertThat(read.localGoalsUnder(3)).extracting(LocalGoal::id).containsExactly("KP-1");
        assertThat(read.localGoalsUnder(7)).extracting(LocalGoal::id).containsExactly("KP-2");
        assertThat(read.localGoalsUnder(13)).isEmpty();
    }
}
