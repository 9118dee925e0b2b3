package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Only the command asked for is made (picocli's reflection is a large share of a short command); the help still lists all. */
class CommandLineMadeTest {
    private static final String[] ALL = {"check", "import", "export", "export-bkj", "list", "restore", "portfolio", "profile", "server"};

    @TempDir
    Path folder;

    private CliContext context() {
        PrintWriter sink = new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new CliContext(sink, sink, Texts.of(Language.BASE), new BkjReader(), AssessmentAnalyzer.standard(),
                folder.resolve("bibliotek.db"), SqliteLibrary::open);
    }

    @Test
    void aCommandNamedFirstIsTheOnlyOneMade() {
        for (String name : ALL) {
            CommandLine made = Cli.commandLine(context(), new String[] {name, "--help"});
            assertThat(made.getSubcommands().keySet()).as(name).containsExactly(name);
        }
    }

    @Test
    void theServerCommandKeepsItsOwnCommands() {
        CommandLine server = Cli.commandLine(context(), new String[] {"server", "user", "list"}).getSubcommands().get("server");
        assertThat(server.getSubcommands().keySet()).containsExactlyInAnyOrder("init", "import-library", "user", "profile", "audit");
    }

    @Test
    void withoutACommandOrWithAMisspeltOneAllAreMadeSoTheHelpAndSuggestionsListThem() {
        for (String[] args : new String[][] {{}, {"--help"}, {"--version"}, {"exprot", "x"}, {"-x"}}) {
            assertThat(Cli.commandLine(context(), args).getSubcommands().keySet()).as(String.join(" ", args)).containsExactly(ALL);
        }
    }

    @Test
    void theTopLevelHelpStillListsEveryCommand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), AssessmentAnalyzer.standard(), SqliteLibrary::open);
        assertThat(code).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        for (String name : ALL) {
            assertThat(help).contains("  " + name + " ");
        }
    }
}
