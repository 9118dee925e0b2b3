package no.baerekraftsjekk.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.storage.council.CouncilUsers;
import no.baerekraftsjekk.storage.council.LibraryRole;
import no.baerekraftsjekk.storage.council.LibraryUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code server user}: who may use the council library, and in which role, for IT to script. The
 * database checks that whoever runs it is an administrator (or IT's owner role) and audits it.
 */
@Command(name = "user", mixinStandardHelpOptions = true)
final class ServerUserCommand implements Callable<Integer> {
    private final CliContext context;

    ServerUserCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println(context.texts().get("cli.user.which"));
        return ExitCode.INVALID_INPUT;
    }

    private static Optional<LibraryRole> role(CliContext context, String word) {
        Optional<LibraryRole> role = LibraryRole.parse(word);
        if (role.isEmpty()) {
            context.err().println(context.texts().get("cli.user.badRole", word));
        }
        return role;
    }

    private static String describe(CliContext context, LibraryUser user) {
        String units = user.units().isEmpty() ? context.texts().get("cli.user.noUnits") : String.join(", ", user.units());
        return context.texts().get("cli.user.line", user.login(), user.name(), user.role().word(), units);
    }

    /** {@code server user add LOGIN --name … --role … [--unit …]…} */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        CouncilOption council;

        @Parameters(index = "0", paramLabel = "BRUKERNAVN", descriptionKey = "cli.user.login")
        String login;

        @Option(names = "--name", paramLabel = "NAVN", required = true, descriptionKey = "cli.user.name")
        String name;

        @Option(names = "--role", paramLabel = "ROLLE", required = true, descriptionKey = "cli.user.role")
        String role;

        @Option(names = "--unit", paramLabel = "ENHET", descriptionKey = "cli.user.unit")
        List<String> units = List.of();

        Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<LibraryRole> wanted = role(context, role);
            if (wanted.isEmpty()) {
                return ExitCode.INVALID_INPUT;
            }
            LibraryUser added = council.withLibrary(context.texts(), library -> {
                CouncilUsers users = new CouncilUsers(library);
                users.add(login, name, wanted.get(), units);
                return users.find(login).orElseThrow();
            });
            context.out().println(context.texts().get("cli.user.added", describe(context, added)));
            return ExitCode.OK;
        }
    }

    /** {@code server user set-role LOGIN --role … [--unit …]… [--name …]} */
    @Command(name = "set-role", mixinStandardHelpOptions = true)
    static final class SetRole implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        CouncilOption council;

        @Parameters(index = "0", paramLabel = "BRUKERNAVN", descriptionKey = "cli.user.login")
        String login;

        @Option(names = "--role", paramLabel = "ROLLE", required = true, descriptionKey = "cli.user.role")
        String role;

        @Option(names = "--unit", paramLabel = "ENHET", descriptionKey = "cli.user.unitReplace")
        List<String> units;

        @Option(names = "--name", paramLabel = "NAVN", descriptionKey = "cli.user.name")
        String name;

        SetRole(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<LibraryRole> wanted = role(context, role);
            if (wanted.isEmpty()) {
                return ExitCode.INVALID_INPUT;
            }
            LibraryUser changed = council.withLibrary(context.texts(), library -> {
                CouncilUsers users = new CouncilUsers(library);
                users.set(login, name, wanted.get(), units);
                return users.find(login).orElseThrow();
            });
            context.out().println(context.texts().get("cli.user.changed", describe(context, changed)));
            return ExitCode.OK;
        }
    }

    /** {@code server user remove LOGIN} */
    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class Remove implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        CouncilOption council;

        @Parameters(index = "0", paramLabel = "BRUKERNAVN", descriptionKey = "cli.user.login")
        String login;

        Remove(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            council.withLibrary(context.texts(), library -> {
                new CouncilUsers(library).remove(login);
                return null;
            });
            context.out().println(context.texts().get("cli.user.removed", login));
            return ExitCode.OK;
        }
    }

    /** {@code server user list}: one user a line. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        CouncilOption council;

        ListUsers(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            for (LibraryUser user : council.withLibrary(context.texts(), library -> new CouncilUsers(library).list())) {
                context.out().println(describe(context, user));
            }
            return ExitCode.OK;
        }
    }
}
