package no.baerekraftsjekk.domain.profile;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Profile folders for tests: a profile text and the files it names, written to a temporary folder. */
public final class ProfileFiles {
    public static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\" height=\"40\" viewBox=\"0 0 60 40\">"
            + "<rect width=\"60\" height=\"40\" fill=\"#0B3D5C\"/><circle cx=\"30\" cy=\"20\" r=\"12\" fill=\"#F2C14E\"/></svg>";

    private ProfileFiles() {
    }

    public static Path write(Path folder, String name, String text) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small PNG logo: a blue field with a half-transparent yellow square, so flattening shows. */
    public static Path png(Path folder, String name) {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x0B, 0x3D, 0x5C));
        g.fillRect(0, 0, 60, 30);
        g.setColor(new Color(0xF2, 0xC1, 0x4E, 128));
        g.fillRect(20, 10, 20, 20);
        g.dispose();
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A profile using every field, beside a PNG and an SVG logo and a mapping file. */
    public static String full(String logo) {
        return """
                {
                  "format": "baerekraftsjekk-profil",
                  "version": 1,
                  "organisation": "Eksempel kommune",
                  "logo": "%s",
                  "language": "nn",
                  "dimensionMapping": "dimensjoner.tsv",
                  "units": ["Kommunalteknikk", "Oppvekst"],
                  "committees": ["Formannskapet", "Kommunestyret"],
                  "exemptionBases": ["Offl. § 13 jf. fvl. § 13 første ledd nr. 1"],
                  "localGoals": [
                    {"id": "KP-1", "title": "Trygge skoleveier", "description": "Alle barn går trygt.", "goals": [11, 3], "targets": ["11.2"]},
                    {"id": "KP-2", "title": "Fornybar energi", "targets": ["7.2", "7.a"]}
                  ]
                }
                """.formatted(logo);
    }

    /** A mapping that moves goal 7 to the economy. */
    public static String mapping() {
        StringBuilder tsv = new StringBuilder("goal\tdimension\n");
        for (int goal = 1; goal <= 17; goal++) {
            String dimension = switch (goal) {
                case 6, 13, 14, 15 -> "ENVIRONMENT";
                case 7, 8, 9, 10, 12 -> "ECONOMIC";
                case 17 -> "CROSS_CUTTING";
                default -> "SOCIAL";
            };
            tsv.append(goal).append('\t').append(dimension).append('\n');
        }
        return tsv.toString();
    }
}
