package com.hashinsight.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AirModelsOptionTest {

    @Test
    void namedAirModelsReplaceTheDefaultMix() throws IOException {
        SimulationConfig config = SimulationConfig.of(31, 12, 2).withAnchorEveryDays(0).withTelemetryMinutes(60)
                .withAirModels(List.of("antminer s21 xp", "Avalon A1466"));
        Path world = SmallWorlds.simulate(config);

        Set<String> models = new TreeSet<>();
        for (String line : Files.readAllLines(world.resolve("miners.csv")).subList(1, 13)) {
            models.add(line.split(",")[1]);
        }
        models.remove(ModelPhysics.S21_PLUS_HYDRO.model());
        assertTrue(Set.of("Antminer S21 XP", "Avalon A1466").containsAll(models), models.toString());
        assertFalse(models.isEmpty(), "no air-cooled miner in the world");
    }

    @Test
    void unknownAirModelIsRejectedWithTheKnownNames() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SimulationConfig.of(1, 1, 1).withAirModels(List.of("Antminer S9")));
        assertTrue(error.getMessage().contains("'Antminer S9'"), error.getMessage());
        assertTrue(error.getMessage().contains("Antminer S21 XP"), error.getMessage());
    }

    @Test
    void defaultConfigHasNoAirModels() {
        assertEquals(List.of(), SimulationConfig.of(1, 1, 1).airModels());
    }
}
