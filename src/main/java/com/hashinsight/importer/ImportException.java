package com.hashinsight.importer;

import com.hashinsight.store.StoreException;

/**
 * An import that failed as a whole, for example a missing required column or a truncated JSON
 * file. The import's transaction is rolled back, so the workspace stays as it was.
 */
public class ImportException extends StoreException {

    public ImportException(String key, Object... args) {
        super(key, args);
    }

    public ImportException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
