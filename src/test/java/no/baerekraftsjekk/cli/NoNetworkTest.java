package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.baerekraftsjekk.NoNetwork;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.storage.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program works offline: its command line (check, import, list, export-bkj, export to Word and PDF, restore) and library use no network. */
class NoNetworkTest {
    @TempDir
    Path folder;

    @Test
    void theCommandLineAndTheLibraryUseNoNetwork() throws Exception {
        Path file = folder.resolve("vurdering.bkj");
        Files.write(file, new BkjWriter().write(Fixtures.fullAssessment()));
        Path db = folder.resolve("bibliotek.sqlite");

        NoNetwork.assertNoConnections(() -> {
            assertThat(run("check", file.toString())).isZero();
            assertThat(run("import", file.toString(), "--db", db.toString())).isZero();
            assertThat(run("list", "--db", db.toString())).isZero();
            assertThat(run("export-bkj", "1", "--out", folder.resolve("ut.bkj").toString(), "--db", db.toString())).isZero();
            assertThat(run("restore", "--list", "--db", db.toString())).isZero();
            assertThat(run("export", file.toString(), "--format", "docx", "--out", folder.resolve("rapport.docx").toString())).isZero();
            assertThat(run("export", "1", "--format", "pdf", "--out", folder.resolve("rapport.pdf").toString(), "--db", db.toString())).isZero();
            try (SqliteLibrary library = SqliteLibrary.open(db)) {
                long id = library.create(Fixtures.fullAssessment()).id();
                library.save(id, 1, Fixtures.fullAssessment().withConclusion("endret"));
                library.search("barneskole");
            }
            SqliteLibrary.open(db).close();
        });
    }

    @Test
    void theCheckSeesAConnectionWhenThereIsOne() throws Exception {
        var uses = NoNetwork.record(() -> {
            try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    // Not "localhost": another test in this JVM (the council library's) may have looked that
                    // name up already, and the JVM's address cache would then answer without a lookup.
                    Socket client = new Socket("LocalHost", server.getLocalPort());
                    Socket accepted = server.accept()) {
                OutputStream out = client.getOutputStream();
                out.write(42);
                out.flush();
                InputStream in = accepted.getInputStream();
                assertThat(in.read()).isEqualTo(42);
            }
        });
        assertThat(uses).anySatisfy(u -> assertThat(u).startsWith("jdk.SocketWrite"))
                .anySatisfy(u -> assertThat(u).startsWith("jdk.SocketRead"))
                .anySatisfy(u -> assertThat(u).isEqualToIgnoringCase("lookup localhost"));
    }

    private static int run(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return Cli.run(args, new PrintStream(sink, true, StandardCharsets.UTF_8), new PrintStream(sink, true, StandardCharsets.UTF_8),
                AssessmentAnalyzer.standard(), SqliteLibrary::open);
    }
}
