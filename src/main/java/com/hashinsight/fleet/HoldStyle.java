package com.hashinsight.fleet;

/** What a client does with mined BTC. */
public enum HoldStyle {
    SELL_DAILY,
    HOLD,
    MIXED
}
