package com.hashinsight.economics;

/** How a mining pool pays its miners. */
public enum PayoutScheme {
    /** Full pay per share: subsidy and the network's mean fees per share, paid whether or not the pool finds blocks. */
    FPPS,
    /** Pay per share for the subsidy, plus the fees of blocks the pool actually finds, shared by recent shares. */
    PPS_PLUS,
    /** Pay per last N shares: a share of each found block's reward, so the pool's luck passes to the miner. */
    PPLNS
}
