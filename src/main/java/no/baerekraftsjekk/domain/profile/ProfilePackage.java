package no.baerekraftsjekk.domain.profile;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A profile as one thing to store and send: the text of its {@value ProfileReader#FILE_NAME} and
 * the files it names (logo, Word template, dimension mapping), each by the relative name the
 * profile gives it. The council library keeps one; a caseworker's program keeps a copy of it.
 *
 * @param profile the profile file's bytes, UTF-8 JSON
 * @param files the named files by their relative names ("logo.svg", "maler/mal.dotx"), in name order
 */
public record ProfilePackage(byte[] profile, Map<String, byte[]> files) {

    public ProfilePackage {
        profile = profile.clone();
        Map<String, byte[]> copies = new TreeMap<>();
        files.forEach((name, bytes) -> copies.put(Objects.requireNonNull(name), bytes.clone()));
        files = Collections.unmodifiableMap(copies);
    }

    public String profileText() {
        return new String(profile, StandardCharsets.UTF_8);
    }

    /** The bytes of the profile file itself (a copy). */
    @Override
    public byte[] profile() {
        return profile.clone();
    }

    /** A copy of one named file's bytes. */
    public byte[] file(String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("The profile names no file " + name);
        }
        return bytes.clone();
    }

    /** The files' sizes in bytes, by name; the bytes themselves through {@link #file(String)}. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new TreeMap<>();
        files.forEach((name, bytes) -> sizes.put(name, bytes.length));
        return sizes;
    }

    /** SHA-256 over the profile and every file with its name: equal packages, equal digests. */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            feed(sha, ProfileReader.FILE_NAME.getBytes(StandardCharsets.UTF_8));
            feed(sha, profile);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                feed(sha, file.getKey().getBytes(StandardCharsets.UTF_8));
                feed(sha, file.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Length first, so no two different packages feed the same bytes. */
    private static void feed(MessageDigest sha, byte[] bytes) {
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ProfilePackage that) || !Arrays.equals(profile, that.profile)
                || !files.keySet().equals(that.files.keySet())) {
            return false;
        }
        return files.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), that.files.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        Map<String, Integer> hashes = new HashMap<>();
        files.forEach((name, bytes) -> hashes.put(name, Arrays.hashCode(bytes)));
        return 31 * Arrays.hashCode(profile) + hashes.hashCode();
    }

    @Override
    public String toString() {
        return "ProfilePackage[" + profile.length + " bytes, files=" + sizes() + "]";
    }
}
