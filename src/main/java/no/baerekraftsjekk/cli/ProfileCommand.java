package no.baerekraftsjekk.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.usecase.CouncilProfileInUse;
import no.baerekraftsjekk.usecase.WriteExampleProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code profile [FILE] [--example FOLDER]}: for IT, checks a council profile (the one in use, or the
 * file given) and says what it holds or every fault in it; or writes the example profile as a start.
 * Exit 0 when the profile can be used, 2 when it cannot.
 */
@Command(name = "profile", mixinStandardHelpOptions = true)
final class ProfileCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROFIL", descriptionKey = "cli.profile.file")
    Path file;

    @Option(names = "--example", paramLabel = "MAPPE", descriptionKey = "cli.profile.example")
    Path example;

    ProfileCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (example != null) {
            try {
                Path written = WriteExampleProfile.into(example);
                context.out().println(context.texts().get("cli.profile.exampleWritten", written));
                return ExitCode.OK;
            } catch (FileAlreadyExistsException e) {
                context.err().println(context.texts().get("cli.profile.exampleExists", e.getFile()));
                return ExitCode.FAILED;
            } catch (IOException e) {
                context.err().println(context.texts().get("cli.profile.exampleFailed", example, String.valueOf(e.getMessage())));
                return ExitCode.FAILED;
            }
        }
        ProfileSource source = file != null ? ProfileSource.read(file, new ProfileReader())
                : CouncilProfileInUse.find(DataFolder.resolve());
        if (source.problem().isPresent()) {
            context.err().println(context.texts().explain(source.problem().get()));
            return ExitCode.INVALID_INPUT;
        }
        if (source.file().isEmpty()) {
            context.out().println(context.texts().get("cli.profile.none"));
            return ExitCode.OK;
        }
        CouncilProfile profile = source.profile();
        context.out().println(context.texts().get("cli.profile.ok", source.file().get(), profile.organisation(),
                profile.localGoals().size(), profile.units().size(), profile.committees().size(), profile.exemptionBases().size()));
        return ExitCode.OK;
    }
}
