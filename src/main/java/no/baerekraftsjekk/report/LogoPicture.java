package no.baerekraftsjekk.report;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Objects;
import javax.imageio.ImageIO;
import no.baerekraftsjekk.domain.profile.Logo;

/**
 * The council's logo as both reports embed it: an opaque PNG. An SVG is rendered with JSVG first,
 * since neither OpenPDF nor a Word older than 2016 draws SVG; a PNG's transparency is laid on white,
 * since PDF/A-1 forbids transparency (a soft mask) and the page is white anyway. Made once per
 * exporter, not per report.
 *
 * @param png the picture, opaque RGB
 * @param width in pixels, and {@code height}: the aspect the reports keep
 */
public record LogoPicture(byte[] png, int width, int height) {
    /** Tall enough for a sharp print of a logo about 1 cm high (about 600 dpi), small enough to embed in every report. */
    static final int RENDERED_HEIGHT = 240;

    public LogoPicture {
        Objects.requireNonNull(png, "png");
    }

    /** @throws IOException when the file cannot be read or drawn; the profile reader checked it, so this is rare */
    public static LogoPicture of(Logo logo) throws IOException {
        BufferedImage drawn = switch (logo.format()) {
            case PNG -> ImageIO.read(logo.file().toFile());
            case SVG -> svg(logo);
        };
        if (drawn == null) {
            throw new IOException("The logo " + logo.file() + " cannot be drawn");
        }
        return encode(onWhite(drawn));
    }

    private static BufferedImage svg(Logo logo) throws IOException {
        SVGDocument document;
        try (InputStream in = Files.newInputStream(logo.file())) {
            // No external resources: a logo must not make the program fetch anything.
            document = new SVGLoader().load(in, logo.file().toUri(), LoaderContext.createDefault());
        }
        if (document == null) {
            throw new IOException("The logo " + logo.file() + " is not an SVG that can be drawn");
        }
        FloatSize size = document.size();
        float aspect = size.width > 0 && size.height > 0 ? size.width / size.height : 1f;
        int height = RENDERED_HEIGHT;
        int width = Math.max(1, Math.round(height * aspect));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            document.render(null, g, new ViewBox(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static BufferedImage onWhite(BufferedImage source) {
        BufferedImage opaque = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, source.getWidth(), source.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return opaque;
    }

    private static LogoPicture encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new LogoPicture(out.toByteArray(), image.getWidth(), image.getHeight());
    }

    /** The width that keeps the aspect at {@code height}, in the same unit. */
    public float widthAt(float height) {
        return height * width / (float) this.height;
    }
}
