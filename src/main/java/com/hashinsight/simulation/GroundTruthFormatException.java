package com.hashinsight.simulation;

import java.nio.file.Path;

/** A ground-truth file that does not match the documented format; the message names file, line, field and value. */
public final class GroundTruthFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    GroundTruthFormatException(Path file, int lineNumber, String field, String value, String reason) {
        super(file + " line " + lineNumber + ", field " + field + ", value '" + value + "': " + reason);
    }
}
