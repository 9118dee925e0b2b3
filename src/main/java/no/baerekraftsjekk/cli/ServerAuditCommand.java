package no.baerekraftsjekk.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.storage.council.AuditEvent;
import no.baerekraftsjekk.storage.council.AuditTrail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code server audit}: the audit trail for administrators, newest first, one event a line
 * separated by tabs: time, login, what, assessment number, detail. The database refuses anyone
 * who is not an administrator.
 */
@Command(name = "audit", mixinStandardHelpOptions = true)
final class ServerAuditCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private final CliContext context;

    @Mixin
    CouncilOption council;

    @Option(names = "--from", paramLabel = "DATO", descriptionKey = "cli.audit.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATO", descriptionKey = "cli.audit.to")
    LocalDate to;

    @Option(names = "--user", paramLabel = "BRUKERNAVN", descriptionKey = "cli.audit.user")
    String user;

    @Option(names = "--assessment", paramLabel = "ID", descriptionKey = "cli.audit.assessment")
    Long assessment;

    @Option(names = "--limit", paramLabel = "ANTALL", defaultValue = "1000", descriptionKey = "cli.audit.limit")
    int limit;

    ServerAuditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ZoneId zone = ZoneId.systemDefault();
        AuditTrail.Filter filter = new AuditTrail.Filter(
                Optional.ofNullable(from).map(d -> d.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()),
                Optional.ofNullable(user),
                assessment == null ? OptionalLong.empty() : OptionalLong.of(assessment),
                Math.max(1, limit));
        for (AuditEvent event : council.withLibrary(context.texts(), library -> new AuditTrail(library).list(filter))) {
            context.out().println(String.join("\t", TIME.format(event.at().atZone(zone)), event.login(),
                    context.texts().get(actionKey(event.action())),
                    event.assessmentId().isPresent() ? Long.toString(event.assessmentId().getAsLong()) : "-",
                    event.detail().replaceAll("\\p{Cntrl}", " ")));
        }
        return ExitCode.OK;
    }

    private static String actionKey(String action) {
        return switch (action) {
            case "OPENED" -> "cli.audit.action.opened";
            case "EXPORTED" -> "cli.audit.action.exported";
            case "CREATED" -> "cli.audit.action.created";
            case "CHANGED" -> "cli.audit.action.changed";
            case "DELETED" -> "cli.audit.action.deleted";
            case "USER_ADDED" -> "cli.audit.action.userAdded";
            case "ROLE_CHANGED" -> "cli.audit.action.roleChanged";
            case "USER_REMOVED" -> "cli.audit.action.userRemoved";
            case "PROFILE_CHANGED" -> "cli.audit.action.profileChanged";
            default -> "cli.audit.action.other";
        };
    }
}
