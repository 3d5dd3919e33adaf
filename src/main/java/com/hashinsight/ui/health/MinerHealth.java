package com.hashinsight.ui.health;

import com.hashinsight.ui.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * One row of the miner health screen.
 *
 * @param serial          miner serial
 * @param model           miner model
 * @param site            site name, or its id when unnamed; empty when the miner has no site
 * @param client          client id; empty when the miner belongs to the operator
 * @param risk7dPct       probability of a failure or RMA within 7 days, percent
 * @param risk30dPct      probability of a failure or RMA within 30 days, percent
 * @param trend           direction of the 30-day risk
 * @param signals         the readings behind the risk, most important first
 * @param recommendation  recommended configuration for this miner
 */
public record MinerHealth(String serial, String model, String site, String client, double risk7dPct, double risk30dPct,
        Trend trend, List<LocalizedText> signals, LocalizedText recommendation) {

    public MinerHealth {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(recommendation, "recommendation");
        signals = List.copyOf(signals);
    }

    /** Returns the signals joined by "; " in the current language. */
    public String signalsText() {
        StringBuilder text = new StringBuilder();
        for (LocalizedText signal : signals) {
            text.append(text.isEmpty() ? "" : "; ").append(signal.format());
        }
        return text.toString();
    }
}
