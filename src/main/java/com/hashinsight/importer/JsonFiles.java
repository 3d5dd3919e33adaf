package com.hashinsight.importer;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole JSON file, plain or gzipped, into a tree. JSON inputs (sites, clients, device API replies) are
 * small, so they are read at once; a file over {@link #MAX_BYTES} is rejected instead of filling memory.
 */
final class JsonFiles {

    /** Largest JSON file accepted, in bytes. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFiles() {
    }

    /**
     * Returns the parsed tree of {@code file}.
     *
     * @throws ImportException when the file is too large, truncated or not valid JSON, naming the line
     */
    static JsonNode read(Path file) throws IOException {
        try (JsonParser parser = openParser(file)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new ImportException("importer.file.empty", file);
            }
            return root;
        } catch (JsonEOFException e) {
            throw new ImportException(e, "importer.json.truncated", file, e.getLocation().getLineNr());
        } catch (JsonParseException e) {
            throw new ImportException(e, "importer.json.malformed", file, e.getLocation().getLineNr(), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ImportException(e, "importer.json.malformed", file, 0, e.getOriginalMessage());
        }
    }

    /**
     * Opens a parser over {@code file}. A gzipped file is decompressed into memory first, at most {@link #MAX_BYTES}
     * bytes, so a small archive that expands without bound cannot fill memory.
     *
     * @throws ImportException when the file, or its decompressed content, is larger than {@link #MAX_BYTES}
     */
    private static JsonParser openParser(Path file) throws IOException {
        if (!InputFiles.isGzip(file)) {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException("importer.json.tooLarge", file, size, MAX_BYTES);
            }
            return MAPPER.createParser(file.toFile());
        }
        byte[] content;
        try (InputStream in = InputFiles.open(file)) {
            content = in.readNBytes(Math.toIntExact(MAX_BYTES + 1));
        }
        if (content.length > MAX_BYTES) {
            throw new ImportException("importer.json.gzipTooLarge", file, MAX_BYTES);
        }
        return MAPPER.createParser(content);
    }

    /** A JSON value with the line where it starts in its file. */
    record Located(long line, JsonNode node) {
    }

    /**
     * Returns the elements of the top-level array field {@code field} with their start lines.
     *
     * @throws ImportException when the file is not valid JSON, is truncated, or lacks the array
     */
    static List<Located> readArray(Path file, String field) throws IOException {
        List<Located> elements = new ArrayList<>();
        try (JsonParser parser = openParser(file)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException("importer.json.missingArray", file, field);
            }
            boolean found = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals(name) && value == JsonToken.START_ARRAY) {
                    found = true;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        long line = parser.currentTokenLocation().getLineNr();
                        elements.add(new Located(line, parser.readValueAsTree()));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!found) {
                throw new ImportException("importer.json.missingArray", file, field);
            }
            return elements;
        } catch (JsonEOFException e) {
            throw new ImportException(e, "importer.json.truncated", file, e.getLocation().getLineNr());
        } catch (JsonParseException e) {
            throw new ImportException(e, "importer.json.malformed", file, e.getLocation().getLineNr(), e.getOriginalMessage());
        }
    }
}
