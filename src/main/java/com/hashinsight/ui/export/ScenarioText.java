package com.hashinsight.ui.export;

import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.comparison.Scenario;

/** The slider values of a comparison as one line, so an exported comparison states its assumptions. */
final class ScenarioText {

    private ScenarioText() {
    }

    static LocalizedText of(Scenario scenario) {
        return LocalizedText.of("ui.export.scenario", scenario.btcUsd(), scenario.difficultyGrowthPctPerMonth(),
                scenario.electricityAdderUsdPerMwh(), scenario.hostingAdderUsdPerKwMonth(), scenario.powerTargetPct());
    }
}
