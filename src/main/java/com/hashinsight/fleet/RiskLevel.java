package com.hashinsight.fleet;

/** A client's appetite for risk, which drives the A/B/C presets. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
