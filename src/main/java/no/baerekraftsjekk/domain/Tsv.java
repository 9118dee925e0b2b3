package no.baerekraftsjekk.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tab-separated table with a header row, read by column name so columns may be reordered or added. */
public final class Tsv {
    private final List<Map<String, String>> rows;

    private Tsv(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    public static Tsv read(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        String headerLine = reader.readLine();
        if (headerLine == null) {
            return new Tsv(List.of());
        }
        String[] header = stripBom(headerLine).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i].trim(), i < cells.length ? cells[i].trim() : "");
            }
            rows.add(Map.copyOf(row));
        }
        return new Tsv(List.copyOf(rows));
    }

    /** Reads a table shipped with the program; a missing or unreadable resource is a packaging fault. */
    public static Tsv resource(String name) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
