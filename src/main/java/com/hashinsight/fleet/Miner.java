package com.hashinsight.fleet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One physical miner.
 *
 * @param serial      vendor serial number, the key
 * @param model       catalog model name, see {@link MinerModel#model()}
 * @param siteId      site where it is installed
 * @param clientId    owning client
 * @param installDate day it started hashing at the site
 * @param firmware    firmware name and version, for example "stock 2024.10" or "LuxOS 2024.11"
 */
public record Miner(String serial, String model, String siteId, String clientId, LocalDate installDate, String firmware) {

    public Miner {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(model, "model");
    }
}
