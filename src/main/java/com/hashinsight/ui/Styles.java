package com.hashinsight.ui;

import java.net.URL;
import java.util.Objects;

/** The workstation's style sheet, for the main window and for nodes rendered off screen. */
public final class Styles {

    private static final String STYLESHEET = "/com/hashinsight/ui/workstation.css";

    private Styles() {
    }

    /** Returns the style sheet's URL in the form {@code Scene.getStylesheets()} takes. */
    public static String stylesheet() {
        URL css = Styles.class.getResource(STYLESHEET);
        return Objects.requireNonNull(css, STYLESHEET).toExternalForm();
    }
}
