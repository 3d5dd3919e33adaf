package com.hashinsight.ui;

/** The screens of the main window, in navigation order. */
public enum Screen {
    WORKSPACES("ui.nav.workspaces"),
    IMPORT("ui.nav.import"),
    FLEET("ui.nav.fleet"),
    COMPARISON("ui.nav.comparison"),
    HEALTH("ui.nav.health"),
    SITES("ui.nav.sites"),
    ACTIONS("ui.nav.actions"),
    EXPORT("ui.nav.export"),
    SETTINGS("ui.nav.settings");

    private final String titleKey;

    Screen(String titleKey) {
        this.titleKey = titleKey;
    }

    /** Message key of the screen's name in the navigation. */
    public String titleKey() {
        return titleKey;
    }

    /** Node id of the screen's navigation button, for tests and screenshots. */
    public String navigationId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
