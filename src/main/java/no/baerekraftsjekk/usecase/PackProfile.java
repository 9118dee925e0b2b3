package no.baerekraftsjekk.usecase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.profile.InvalidProfileException;
import no.baerekraftsjekk.domain.profile.ProfilePackage;
import no.baerekraftsjekk.domain.profile.ProfileProblem;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.domain.text.Message;

/**
 * Makes a profile on disk (a folder with {@value ProfileReader#FILE_NAME}, or the file itself) into
 * one package to store in the council library, and writes a package back out as files. A profile
 * is packed only when the profile reader accepts it, and the package is unpacked and read again
 * before it is handed back, so what is stored is exactly what every caseworker's program can use.
 */
public final class PackProfile {
    /** The fields that name a file beside the profile. */
    static final List<String> FILE_FIELDS = List.of("logo", "wordTemplate", "dimensionMapping");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PackProfile() {
    }

    /**
     * @param given the profile file, or the folder that holds it
     * @throws InvalidProfileException when the profile cannot be used, naming every fault with its
     *     line and field, as the program says it at start
     */
    public static ProfilePackage pack(Path given, ProfileReader reader) throws InvalidProfileException {
        Path file = Files.isDirectory(given) ? given.resolve(ProfileReader.FILE_NAME) : given;
        if (!Files.isRegularFile(file)) {
            throw whole(file, Message.of("profile.error.notFile", file));
        }
        reader.read(file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM)) {
                bytes = Arrays.copyOfRange(bytes, 3, bytes.length); // PostgreSQL reads no BOM; the lines stay the same
            }
            ObjectNode root = (ObjectNode) JSON.readTree(bytes);
            Path folder = file.toAbsolutePath().getParent();
            Map<String, byte[]> files = new LinkedHashMap<>();
            boolean renamed = false;
            for (String field : FILE_FIELDS) {
                JsonNode value = root.get(field);
                if (value == null || !value.isTextual()) {
                    continue;
                }
                Path named = folder.resolve(value.textValue().strip()).normalize();
                String name = storedName(value.textValue());
                if (name == null || files.containsKey(name)) {
                    name = freeName(named.getFileName().toString(), files);
                    root.put(field, name);
                    renamed = true;
                }
                files.put(name, Files.readAllBytes(named));
            }
            byte[] stored = renamed ? JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root) : bytes;
            ProfilePackage packed = new ProfilePackage(stored, files);
            checkUnpacked(packed, reader, file);
            return packed;
        } catch (IOException e) {
            if (e instanceof InvalidProfileException invalid) {
                throw invalid;
            }
            throw whole(file, Message.of("profile.error.unreadable", String.valueOf(e.getMessage())));
        }
    }

    /**
     * Writes the package's files into a folder (made when missing), the profile file last.
     *
     * @return the profile file written
     */
    public static Path unpack(ProfilePackage packed, Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Files.createDirectories(root);
        for (String name : packed.files().keySet()) {
            Path target = root.resolve(name).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new IOException("A profile file name leads out of its folder: " + name);
            }
            Files.createDirectories(target.getParent());
            Files.write(target, packed.file(name));
        }
        return Files.write(root.resolve(ProfileReader.FILE_NAME), packed.profile());
    }

    /** The name as the profile gives it, when it is a plain relative name inside the folder; null otherwise. */
    static String storedName(String value) {
        if (!value.equals(value.strip()) || value.contains("\\") || value.equals(ProfileReader.FILE_NAME)) {
            return null;
        }
        try {
            Path path = Path.of(value);
            if (path.isAbsolute() || path.getRoot() != null || value.matches("^[A-Za-z]:.*")) {
                return null;
            }
            String normal = path.normalize().toString().replace(path.getFileSystem().getSeparator(), "/");
            return normal.equals(value) && !normal.isEmpty() && !normal.startsWith("..") ? value : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String freeName(String base, Map<String, byte[]> taken) {
        String name = base.equals(ProfileReader.FILE_NAME) ? "1-" + base : base;
        for (int n = 2; taken.containsKey(name); n++) {
            name = n + "-" + base;
        }
        return name;
    }

    /** Reads the package as a caseworker's program will: a fault here is the packing's, said as the profile's. */
    private static void checkUnpacked(ProfilePackage packed, ProfileReader reader, Path original) throws IOException {
        Path scratch = Files.createTempDirectory("profil-sjekk");
        try {
            reader.read(unpack(packed, scratch));
        } catch (InvalidProfileException e) {
            throw new InvalidProfileException(original, e.problems());
        } finally {
            Folders.deleteQuietly(scratch);
        }
    }

    private static InvalidProfileException whole(Path file, Message message) {
        return new InvalidProfileException(file, List.of(new ProfileProblem(0, "", message)));
    }
}
