package com.hashinsight.store;

import java.util.List;

/**
 * Row counts and time ranges of one workspace, as the {@code stats} command prints them.
 *
 * @param tables          one entry per table, in schema order
 * @param batches         import batches stored
 * @param rejectedRows    rejected rows over all batches
 */
public record WorkspaceStats(List<TableStats> tables, long batches, long rejectedRows) {

    public WorkspaceStats {
        tables = List.copyOf(tables);
    }

    /**
     * One table's size.
     *
     * @param table  table name
     * @param rows   row count
     * @param range  first and last time of its rows; null when the table has no time column or no rows
     */
    public record TableStats(String table, long rows, TimeRange range) {
    }
}
