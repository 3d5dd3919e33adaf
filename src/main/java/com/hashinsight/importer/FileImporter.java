package com.hashinsight.importer;

import java.io.IOException;
import java.sql.SQLException;

/** Reads one file format into the workspace inside the import's transaction. */
interface FileImporter {

    /**
     * Imports the context's file. Invalid rows go to the context's report; a problem with the file as
     * a whole throws {@link ImportException}, which rolls the import back.
     */
    ImportCounts run(ImportContext context) throws IOException, SQLException;
}
