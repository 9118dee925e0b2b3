package no.baerekraftsjekk.domain.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text not yet made: the key of a text in the bundle and the values to put into it. The domain,
 * storage and the rules return these; the window, a report or the command line turns one into words
 * with its own {@link Texts}, so each can speak its own language. An argument may itself be a
 * message, made in the same language.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        // Null arguments print as "null" in MessageFormat; an empty string is what every caller meant.
        args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** An argument made of several parts, each a message or a plain value, joined by {@code separator} once made. */
    public record Joined(List<?> parts, String separator) {
        public Joined {
            parts = List.copyOf(parts);
        }
    }

    /** For logs and test failures only, never for a user: the key and the raw arguments. */
    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
