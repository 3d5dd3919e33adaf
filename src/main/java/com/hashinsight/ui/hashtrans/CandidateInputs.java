package com.hashinsight.ui.hashtrans;

import com.hashinsight.economics.CurtailmentPolicy;
import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.MinerModel;
import com.hashinsight.fleet.Site;
import com.hashinsight.simulation.PowerMode;
import com.hashinsight.strategy.FirmwareMode;
import com.hashinsight.strategy.PowerTuning;
import com.hashinsight.strategy.StrategyCandidate;
import com.hashinsight.tokenizer.CandidateFeatures;
import com.hashinsight.tokenizer.CandidateInput;
import com.hashinsight.tokenizer.CandidateKind;
import java.util.List;

/**
 * Candidate rows for the app's questions, described the way the training worlds describe theirs: power modes by
 * their hashrate and power ratios, firmware by the simulator's version strings, curtailment by the economics policy.
 */
public final class CandidateInputs {

    /**
     * A miner configuration preset that the health screen scores with the config head.
     *
     * @param id     stable id, also the suffix of the preset's message key
     * @param input  the candidate row input
     */
    public record ConfigPreset(String id, CandidateInput input) {
    }

    /**
     * The config presets of the training worlds, after the miner's current operation: eco, stock and performance
     * power modes and autotuning firmware.
     */
    public static final List<ConfigPreset> CONFIG_PRESETS = List.of(
            new ConfigPreset("current", config(Double.NaN, Double.NaN, null)),
            powerMode("eco", PowerMode.ECO),
            powerMode("stock", PowerMode.STOCK),
            powerMode("performance", PowerMode.PERFORMANCE),
            new ConfigPreset("autotune", config(Double.NaN, Double.NaN,
                    com.hashinsight.simulation.FirmwareMode.AUTOTUNE.version())));

    private CandidateInputs() {
    }

    private static ConfigPreset powerMode(String id, PowerMode mode) {
        return new ConfigPreset(id, config(mode.hashrateRatio(), mode.powerRatio(), null));
    }

    private static CandidateInput config(double hashrateRatio, double powerRatio, String firmware) {
        return new CandidateInput(CandidateKind.CONFIG_PRESET, null, null, null, hashrateRatio, powerRatio, firmware, null);
    }

    /**
     * Returns a strategy's power target and firmware as a config preset for a miner of {@code model}: the row the
     * downtime head ({@code config_risk}) reads.
     */
    public static CandidateInput strategyConfig(StrategyCandidate strategy, MinerModel model) {
        return new CandidateInput(CandidateKind.CONFIG_PRESET, null, null, null, hashrateRatio(strategy, model),
                strategy.powerTarget(), firmware(strategy.firmware()), CandidateInput.Curtailment.of(strategy.curtailment()));
    }

    /**
     * Returns a strategy as an A/B/C preset row for a miner of {@code model}, at {@code contract}: the row the policy
     * head ({@code policy_value}) reads.
     */
    public static CandidateInput strategyPreset(StrategyCandidate strategy, Contract contract, MinerModel model) {
        String label = CandidateFeatures.PRESETS.contains(strategy.label()) ? strategy.label() : null;
        return new CandidateInput(CandidateKind.ABC_PRESET, label, strategy.site(), contract, hashrateRatio(strategy, model),
                strategy.powerTarget(), firmware(strategy.firmware()), CandidateInput.Curtailment.of(strategy.curtailment()));
    }

    /** Returns a move to {@code site} under {@code contract}, keeping the miner's power mode, firmware and policy. */
    public static CandidateInput siteContract(Site site, Contract contract, CurtailmentPolicy curtailment) {
        return new CandidateInput(CandidateKind.SITE_CONTRACT, null, site, contract, Double.NaN, Double.NaN, null,
                curtailment == null ? null : CandidateInput.Curtailment.of(curtailment));
    }

    /** Hashrate at the strategy's power target over nameplate hashrate, after the firmware's efficiency and fee. */
    private static double hashrateRatio(StrategyCandidate strategy, MinerModel model) {
        return PowerTuning.tune(model, 1, strategy.powerTarget(), strategy.firmware()).hashrateThs() / model.nominalThs();
    }

    /** The simulator's version string of the firmware family, so that the custom-firmware flag reads as in training. */
    static String firmware(FirmwareMode mode) {
        return switch (mode) {
            case STOCK -> com.hashinsight.simulation.FirmwareMode.STOCK.version();
            case AUTOTUNED -> com.hashinsight.simulation.FirmwareMode.AUTOTUNE.version();
        };
    }
}
