package no.baerekraftsjekk.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.domain.profile.CouncilOrigin;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.profile.InvalidProfileException;
import no.baerekraftsjekk.storage.council.CouncilProfiles;
import no.baerekraftsjekk.usecase.CouncilProfileAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code server profile}: the council's profile in the council library, used by everyone connected
 * to it. Putting one there is for administrators; the database refuses anyone else.
 */
@Command(name = "profile", mixinStandardHelpOptions = true)
final class ServerProfileCommand implements Callable<Integer> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final CliContext context;

    ServerProfileCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println(context.texts().get("cli.serverProfile.which"));
        return ExitCode.INVALID_INPUT;
    }

    private static String contents(CliContext context, CouncilProfile profile) {
        return context.texts().get("cli.serverProfile.contents", profile.organisation(), profile.localGoals().size(),
                profile.units().size(), profile.committees().size(), profile.exemptionBases().size());
    }

    /** {@code server profile put MAPPE|FIL}: checks the profile, then stores it with its files. */
    @Command(name = "put", mixinStandardHelpOptions = true)
    static final class Put implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        CouncilOption council;

        @Parameters(index = "0", paramLabel = "PROFIL", descriptionKey = "cli.serverProfile.put.profile")
        Path profile;

        Put(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<InvalidProfileException> refused = council.withLibrary(context.texts(), library -> {
                try {
                    CouncilProfileAdmin.Put put = new CouncilProfileAdmin(new CouncilProfiles(library)).put(profile);
                    context.out().println(context.texts().get("cli.serverProfile.put", library.describe(),
                            contents(context, put.profile()), put.files().files().size()));
                    return Optional.empty();
                } catch (InvalidProfileException e) {
                    return Optional.of(e);
                }
            });
            if (refused.isPresent()) {
                context.err().println(context.texts().explain(refused.get()));
                context.err().println(context.texts().get("cli.serverProfile.notStored"));
                return ExitCode.INVALID_INPUT;
            }
            return ExitCode.OK;
        }
    }

    /** {@code server profile show}: who put the profile there and when, what it holds, and its files. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        CouncilOption council;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            record Answer(String library, Optional<CouncilProfileAdmin.Shown> shown) {
            }
            Answer answer = council.withLibrary(context.texts(),
                    library -> new Answer(library.describe(), new CouncilProfileAdmin(new CouncilProfiles(library)).show()));
            if (answer.shown().isEmpty()) {
                context.out().println(context.texts().get("cli.serverProfile.none", answer.library()));
                return ExitCode.OK;
            }
            CouncilProfileAdmin.Shown shown = answer.shown().get();
            CouncilOrigin.Stamp stamp = shown.stored().stamp();
            var at = stamp.storedAt().atZone(ZoneId.systemDefault());
            context.out().println(context.texts().get("cli.serverProfile.stored", answer.library(), stamp.storedBy(),
                    DATE.format(at), TIME.format(at)));
            if (shown.source().problem().isPresent()) {
                context.out().println(context.texts().explain(shown.source().problem().get()));
            } else {
                context.out().println(contents(context, shown.source().profile()));
            }
            shown.stored().files().sizes().forEach((name, size) ->
                    context.out().println(context.texts().get("cli.serverProfile.file", name, size)));
            context.out().println(context.texts().get("cli.serverProfile.digest", shown.stored().digest()));
            return ExitCode.OK;
        }
    }

    /** {@code server profile remove}: everyone goes back to the profile file on their own machine. */
    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class Remove implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        CouncilOption council;

        Remove(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            record Answer(String library, boolean removed) {
            }
            Answer answer = council.withLibrary(context.texts(),
                    library -> new Answer(library.describe(), new CouncilProfileAdmin(new CouncilProfiles(library)).remove()));
            context.out().println(context.texts().get(answer.removed() ? "cli.serverProfile.removed" : "cli.serverProfile.none",
                    answer.library()));
            return ExitCode.OK;
        }
    }
}
