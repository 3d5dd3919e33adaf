package com.hashinsight.fleet;

/** How a contract prices energy. */
public enum ContractType {
    /** One price for every hour. */
    FIXED,
    /** Prices by local hour-of-day windows. */
    TIME_OF_USE,
    /** The settlement point's market price plus an adder. */
    SPOT,
    /** A fixed or spot price plus payments for curtailing on request. */
    DEMAND_RESPONSE
}
