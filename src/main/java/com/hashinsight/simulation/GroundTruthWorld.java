package com.hashinsight.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The header of one simulated world, stored as {@code ground-truth/world.json}.
 *
 * @param formatVersion     ground-truth format version; readers reject other versions
 * @param generator         simulator name and version
 * @param seed              world seed
 * @param startDate         first simulated UTC day
 * @param days              days written to telemetry and labelled in {@code miner-days.csv}
 * @param simulatedDays     days the world was simulated for, at least {@code days}; the extra tail
 *                          gives every labelled day full 7- and 30-day label windows
 * @param stepMinutes       physics step in minutes
 * @param telemetryMinutes  telemetry row interval in minutes, a multiple of {@code stepMinutes}
 * @param horizonsDays      counterfactual horizons in days, ascending
 * @param anchorDays        day indexes (0-based) at which counterfactual runs start
 * @param candidates        candidate strategies in {@code cand_kind} order
 * @param clientPresets     settings of the PRESET candidates per client and cooling kind
 * @param notes             free text about the model's known limits, for developers
 */
public record GroundTruthWorld(int formatVersion, String generator, long seed, LocalDate startDate, int days,
        int simulatedDays, int stepMinutes, int telemetryMinutes, List<Integer> horizonsDays, List<Integer> anchorDays,
        List<Candidate> candidates, List<ClientPreset> clientPresets, List<String> notes) {

    /** The only format version this code writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public GroundTruthWorld {
        Objects.requireNonNull(startDate, "startDate");
        horizonsDays = List.copyOf(horizonsDays);
        anchorDays = List.copyOf(anchorDays);
        candidates = List.copyOf(candidates);
        clientPresets = clientPresets == null ? List.of() : List.copyOf(clientPresets);
        notes = List.copyOf(notes);
        if (days <= 0 || simulatedDays < days) {
            throw new IllegalArgumentException("need 0 < days <= simulatedDays, got " + days + " and " + simulatedDays);
        }
        if (stepMinutes <= 0 || telemetryMinutes % stepMinutes != 0) {
            throw new IllegalArgumentException("telemetryMinutes must be a multiple of stepMinutes, got "
                    + telemetryMinutes + " and " + stepMinutes);
        }
    }
}
