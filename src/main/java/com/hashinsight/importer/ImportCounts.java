package com.hashinsight.importer;

/**
 * Rows an import stored and rows it found already stored.
 *
 * @param accepted  rows inserted or updated
 * @param unchanged rows whose key and values were already stored by an earlier import
 */
record ImportCounts(long accepted, long unchanged) {

    ImportCounts plus(ImportCounts other) {
        return new ImportCounts(accepted + other.accepted, unchanged + other.unchanged);
    }
}
