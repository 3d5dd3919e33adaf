package com.hashinsight.ui.actions;

/** Changes the workstation can record and check. The stored spelling is the lower-case name. */
public enum ActionType {
    /** Power limit of one miner in W; target is the miner serial. */
    POWER_LIMIT_W,
    /** Firmware of one miner, name and version; target is the miner serial. Always asks for confirmation. */
    FIRMWARE,
    /** Curtailed hours per month at a site; target is the site id. */
    CURTAIL_HOURS,
    /** Number of miners to switch off at a site; target is the site id. */
    SHUTDOWN_MINERS;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
