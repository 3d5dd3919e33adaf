package com.hashinsight.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A catalog miner model plus what the simulator needs beyond the nameplate.
 *
 * @param model              catalog model name, the key in the store's miner_model table
 * @param nominalThs         nameplate hashrate in TH/s
 * @param nominalW           nameplate power at the wall in W
 * @param hashboards         hashboards in the unit
 * @param chips              ASIC chips in the unit, as in the store's catalog
 * @param fans               fans in the unit; 0 for water-cooled units
 * @param maxFanRpm          fan speed at 100 % duty; NaN when fanless
 * @param waterCooled        true for hydro models, which only run at HYDRO sites
 * @param releaseDate        vendor release date, the earliest install date
 * @param hashboardRepairUsd parts cost of one replacement hashboard in USD (estimate)
 */
record ModelPhysics(String model, double nominalThs, double nominalW, int hashboards, int chips, int fans, double maxFanRpm,
        boolean waterCooled, LocalDate releaseDate, double hashboardRepairUsd) {

    ModelPhysics {
        Objects.requireNonNull(model, "model");
    }

    // Nameplate values and chip counts match the store's V2 catalog migration. NOTE: the extra columns (fans, fan rpm,
    // board price) are estimates for the simulation, not vendor figures.
    // TODO: read the nameplate part from the store's catalog once the simulator opens a workspace.
    static final ModelPhysics S19J_PRO = new ModelPhysics("Antminer S19j Pro", 100, 3050, 3, 378, 4, 6000, false,
            LocalDate.of(2021, 6, 1), 250);
    static final ModelPhysics S21 = new ModelPhysics("Antminer S21", 200, 3500, 3, 324, 4, 6600, false,
            LocalDate.of(2024, 2, 1), 700);
    static final ModelPhysics M60S = new ModelPhysics("Whatsminer M60S", 186, 3441, 3, 234, 2, 7000, false,
            LocalDate.of(2023, 10, 1), 600);
    static final ModelPhysics S21_PLUS_HYDRO = new ModelPhysics("Antminer S21+ Hydro", 319, 4785, 3, 288, 0, Double.NaN, true,
            LocalDate.of(2025, 1, 1), 900);
    static final ModelPhysics S21_XP = new ModelPhysics("Antminer S21 XP", 270, 3645, 3, 273, 4, 6600, false,
            LocalDate.of(2024, 10, 1), 1000);
    static final ModelPhysics A1466 = new ModelPhysics("Avalon A1466", 150, 3230, 3, 342, 2, 6500, false,
            LocalDate.of(2023, 9, 1), 500);

    /** Air-cooled models the world builder places at air and immersion sites. */
    static final List<ModelPhysics> AIR_MODELS = List.of(S19J_PRO, S21, M60S, S21_XP, A1466);
    /** Water-cooled models the world builder places at hydro sites. */
    static final List<ModelPhysics> HYDRO_MODELS = List.of(S21_PLUS_HYDRO);

    /**
     * Returns the air-cooled model whose catalog name is {@code name}, ignoring case.
     *
     * @throws IllegalArgumentException when no air-cooled model has that name; the message lists the names
     */
    static ModelPhysics airModel(String name) {
        for (ModelPhysics model : AIR_MODELS) {
            if (model.model().equalsIgnoreCase(name.strip())) {
                return model;
            }
        }
        throw new IllegalArgumentException("unknown air-cooled model '" + name + "', expected one of "
                + AIR_MODELS.stream().map(ModelPhysics::model).toList());
    }
}
