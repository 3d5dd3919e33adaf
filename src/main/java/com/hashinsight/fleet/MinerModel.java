package com.hashinsight.fleet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A miner model from a vendor's nameplate.
 *
 * @param vendor      vendor name, for example "Bitmain"
 * @param model       model name, for example "Antminer S21"; the catalog key
 * @param nominalThs  nameplate hashrate in TH/s, positive
 * @param nominalW    nameplate power at the wall in W, positive
 * @param hashboards  number of hashboards, positive
 * @param chips       ASIC chips in the whole unit, positive
 * @param releaseDate vendor release date, null when unknown
 */
public record MinerModel(String vendor, String model, double nominalThs, double nominalW,
        int hashboards, int chips, LocalDate releaseDate) {

    public MinerModel {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(model, "model");
        requirePositive("nominalThs", nominalThs);
        requirePositive("nominalW", nominalW);
        if (hashboards <= 0 || chips <= 0) {
            throw new IllegalArgumentException("hashboards and chips must be positive, got " + hashboards + " and " + chips);
        }
    }

    /** Nameplate efficiency in J/TH (equal to W per TH/s). */
    public double joulesPerTh() {
        return nominalW / nominalThs;
    }

    static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, got " + value);
        }
    }
}
