package com.hashinsight.strategy;

import com.hashinsight.fleet.MinerModel;
import java.util.Objects;

/**
 * A number of miners of one model in a candidate's fleet mix, with their capital cost.
 *
 * @param model        miner model
 * @param count        number of miners, positive
 * @param unitPriceUsd capital cost of one miner in USD, not negative (0 for miners already paid for)
 */
public record FleetLine(MinerModel model, int count, double unitPriceUsd) {

    public FleetLine {
        Objects.requireNonNull(model, "model");
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive, got " + count);
        }
        if (!(unitPriceUsd >= 0) || Double.isInfinite(unitPriceUsd)) {
            throw new IllegalArgumentException("unitPriceUsd must be a finite number >= 0, got " + unitPriceUsd);
        }
    }

    /** Capital cost of the line in USD. */
    public double capitalUsd() {
        return count * unitPriceUsd;
    }
}
