package no.baerekraftsjekk.domain.guidance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/** Reads guidance resources from the class path as strict UTF-8, so a mis-encoded file fails loudly. */
final class GuidanceResource {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private GuidanceResource() {
    }

    static String readText(String resource) {
        byte[] bytes = readBytes(resource);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new GuidanceLoadException(resource, "filen er ikke gyldig UTF-8", e);
        }
    }

    static JsonNode readTree(String resource) {
        try {
            return MAPPER.readTree(readText(resource));
        } catch (JacksonException e) {
            throw new GuidanceLoadException(resource, "ugyldig JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    static <T> T readJson(String resource, TypeReference<T> type) {
        try {
            return MAPPER.readValue(readText(resource), type);
        } catch (JacksonException e) {
            throw new GuidanceLoadException(resource, "ugyldig innhold (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static byte[] readBytes(String resource) {
        ClassLoader loader = GuidanceResource.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new GuidanceLoadException(resource, "finnes ikke på klassestien");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new GuidanceLoadException(resource, "lesefeil", e);
        }
    }

    static void require(boolean condition, String resource, String problem) {
        if (!condition) {
            throw new GuidanceLoadException(resource, problem);
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
