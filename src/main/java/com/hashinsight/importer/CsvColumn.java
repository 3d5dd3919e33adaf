package com.hashinsight.importer;

/**
 * A CSV column by name and position.
 *
 * @param name  column name as the format documents it
 * @param index position in the header; -1 when the file lacks the column
 */
record CsvColumn(String name, int index) {

    boolean present() {
        return index >= 0;
    }
}
