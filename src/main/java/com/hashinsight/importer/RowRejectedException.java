package com.hashinsight.importer;

import com.hashinsight.store.RejectedRow;
import java.util.List;

/**
 * Signals that one input row is invalid. Importers catch it per row, add {@link #row()} to the
 * report and go on with the next row. It has no stack trace because it is thrown per bad row.
 */
final class RowRejectedException extends Exception {

    private final transient RejectedRow row;

    RowRejectedException(RejectedRow row) {
        super(row.reasonKey(), null, false, false);
        this.row = row;
    }

    RowRejectedException(long line, String field, String value, String reasonKey, Object... reasonArgs) {
        this(new RejectedRow(line, field, value, reasonKey, strings(reasonArgs)));
    }

    RejectedRow row() {
        return row;
    }

    private static List<String> strings(Object[] args) {
        String[] result = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            result[i] = String.valueOf(args[i]);
        }
        return List.of(result);
    }
}
