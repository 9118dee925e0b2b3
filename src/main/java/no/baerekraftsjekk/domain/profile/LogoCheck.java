package no.baerekraftsjekk.domain.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import no.baerekraftsjekk.domain.text.Message;
import org.w3c.dom.Element;

/**
 * Whether a logo file is what its name says, so that a broken logo refuses the profile when it is
 * read, not in the middle of a caseworker's report: a PNG must decode, an SVG must be well-formed
 * XML whose root is {@code svg}.
 */
final class LogoCheck {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private LogoCheck() {
    }

    static Optional<Message> fault(Path file, LogoFormat format) {
        return switch (format) {
            case PNG -> png(file);
            case SVG -> svg(file);
        };
    }

    private static Optional<Message> png(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            if (!Arrays.equals(in.readNBytes(PNG_SIGNATURE.length), PNG_SIGNATURE)) {
                return Optional.of(Message.of("profile.error.logoNotPng", file.getFileName()));
            }
        } catch (IOException e) {
            return Optional.of(Message.of("profile.error.notFile", file));
        }
        try {
            var image = ImageIO.read(file.toFile());
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                return Optional.of(Message.of("profile.error.logoNotPng", file.getFileName()));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(Message.of("profile.error.logoNotPng", file.getFileName()));
        }
    }

    private static Optional<Message> svg(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A logo file is not trusted: no external entities, no DTD fetched from anywhere.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            Element root = builder.parse(file.toFile()).getDocumentElement();
            String name = root.getLocalName() != null ? root.getLocalName() : root.getNodeName();
            return "svg".equals(name) ? Optional.empty() : Optional.of(Message.of("profile.error.logoNotSvg", file.getFileName()));
        } catch (Exception e) {
            return Optional.of(Message.of("profile.error.logoNotSvg", file.getFileName()));
        }
    }
}
