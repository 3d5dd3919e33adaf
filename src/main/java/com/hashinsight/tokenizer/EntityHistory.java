package com.hashinsight.tokenizer;

import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.EnergyPrice;
import com.hashinsight.fleet.Miner;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TelemetrySample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the tokenizer reads about one miner. Lists may hold rows of any time: the tokenizer
 * uses only rows strictly before the scoring time and inside the window rule's regions.
 *
 * @param miner      the miner
 * @param model      its catalog model; ratios such as hashrate / nominal use it
 * @param site       its site, null when unknown (time features then use UTC)
 * @param contract   the site's contract, null when unknown
 * @param client     the owning client, null when unknown
 * @param telemetry  the miner's samples; sorted by time here
 * @param events     alerts and actions whose target is the miner's serial or its site id; others are ignored
 * @param prices     energy prices at the site's settlement point; rows of other points are ignored
 */
public record EntityHistory(Miner miner, MinerModel model, Site site, Contract contract, ClientProfile client,
        List<TelemetrySample> telemetry, List<HistoryEvent> events, List<EnergyPrice> prices) {

    public EntityHistory {
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(model, "model");
        if (!miner.model().equals(model.model())) {
            throw new IllegalArgumentException("miner " + miner.serial() + " is a " + miner.model()
                    + " but the history was given model " + model.model());
        }
        telemetry = sortedCopy(telemetry, Comparator.comparing(TelemetrySample::time));
        events = sortedCopy(events, Comparator.comparing(HistoryEvent::time));
        prices = sortedCopy(prices, Comparator.comparing(EnergyPrice::intervalStart));
    }

    private static <T> List<T> sortedCopy(List<T> rows, Comparator<T> order) {
        if (rows == null) {
            return List.of();
        }
        for (int i = 1; i < rows.size(); i++) {
            if (order.compare(rows.get(i - 1), rows.get(i)) > 0) {
                List<T> sorted = new ArrayList<>(rows);
                sorted.sort(order);
                return List.copyOf(sorted);
            }
        }
        return List.copyOf(rows);
    }
}
