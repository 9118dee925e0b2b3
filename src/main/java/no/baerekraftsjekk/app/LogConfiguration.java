package no.baerekraftsjekk.app;

import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The program's log: everything from INFO up in a rotating file in the data folder, where the
 * error dialog tells the caseworker to look; warnings and errors also on standard error. Set up in
 * code by {@link ProgramLogging}, because reading a logback.xml took 100 ms of a core while the
 * first window was being drawn; in the window, held until that frame is drawn ({@link DeferredLogging}).
 */
final class LogConfiguration {
    static final String LOG_FILE = "baerekraftsjekk.log";
    private static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    /** Messages only: the stack trace of an expected failure (a daily backup, a lock) is for the log file. */
    private static final String CONSOLE_PATTERN = "%-5level %logger{36} - %msg%n%nopex";

    private LogConfiguration() {
    }

    /** Sets {@code context} up to log into {@code folder}: the command line's way, and the tests'. */
    static void configure(LoggerContext context, Path folder) {
        levels(context);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        appenders(context, folder).forEach(root::addAppender);
        reportProblems(context);
    }

    /** Sets {@code context} up to hold its log until {@link #release}: the window's way before its first frame. */
    static void hold(LoggerContext context) {
        levels(context);
        HeldAppender held = new HeldAppender();
        held.setContext(context);
        held.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(held);
    }

    /** Makes the file and console appenders and writes what {@link #hold} kept, then everything after. */
    static void release(LoggerContext context, Path folder) {
        if (context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(HeldAppender.NAME) instanceof HeldAppender held) {
            held.release(appenders(context, folder));
            reportProblems(context);
        }
    }

    /** A log that cannot be written (a folder without write access) is said on standard error. */
    private static void reportProblems(LoggerContext context) {
        boolean failed = context.getStatusManager().getCopyOfStatusList().stream()
                .anyMatch(status -> status.getEffectiveLevel() >= ch.qos.logback.core.status.Status.WARN);
        if (failed) {
            // One line in the caseworker's words; logback's own report is a page of stack traces.
            Object file = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE") instanceof RollingFileAppender<?> appender
                    ? appender.getFile() : LOG_FILE;
            System.err.println(Texts.of(Language.BASE).get("app.log.unwritable", file));
        }
    }

    private static void levels(LoggerContext context) {
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        // Libraries are chatty at INFO; their warnings still come through.
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.apache.poi").setLevel(Level.WARN);
    }

    private static List<Appender<ILoggingEvent>> appenders(LoggerContext context, Path folder) {
        return List.of(fileAppender(context, folder), consoleAppender(context));
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path folder) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(folder.resolve(LOG_FILE).toString());

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("baerekraftsjekk.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        // Also its triggering policy: logback takes it from the rolling policy that is both.
        appender.setRollingPolicy(rolling);

        appender.setEncoder(encoder(context, FILE_PATTERN));
        appender.start();
        return appender;
    }

    private static ConsoleAppender<ILoggingEvent> consoleAppender(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        appender.addFilter(warnings);
        appender.setEncoder(encoder(context, CONSOLE_PATTERN));
        appender.start();
        return appender;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
