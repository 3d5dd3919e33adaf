package com.hashinsight.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.djl.util.cuda.CudaUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Device choice on a machine where the CUDA execution provider cannot start: {@code auto} chooses the CPU, an explicit
 * CUDA request is an error with the reason, and graphs that fail to load on a GPU load on the CPU when fallback is
 * allowed.
 */
class DeviceFallbackTest {

    private static final long BUDGET_BYTES = 16L << 20;

    @BeforeAll
    static void needsMachineWithoutCuda() {
        boolean cudaStarts = Engine.getEngine("OnnxRuntime").hasCapability(StandardCapabilities.CUDA)
                && CudaUtils.getGpuCount() > 0;
        assumeFalse(cudaStarts, "on a machine where CUDA starts, a GPU load succeeds and nothing falls back");
    }

    private String devicePropertyBefore;

    @BeforeEach
    void clearDeviceProperty() {
        devicePropertyBefore = System.getProperty(DeviceSelector.DEVICE_PROPERTY);
        System.clearProperty(DeviceSelector.DEVICE_PROPERTY);
    }

    @AfterEach
    void restoreDeviceProperty() {
        if (devicePropertyBefore == null) {
            System.clearProperty(DeviceSelector.DEVICE_PROPERTY);
        } else {
            System.setProperty(DeviceSelector.DEVICE_PROPERTY, devicePropertyBefore);
        }
    }

    @Test
    void explicitCudaRequestFails() {
        System.setProperty(DeviceSelector.DEVICE_PROPERTY, "cuda");

        InferenceException e = assertThrows(InferenceException.class,
                () -> DeviceSelector.select(Engine.getEngine("OnnxRuntime")));

        String expected = CudaUtils.getGpuCount() > 0 ? "inference.device.noCudaProvider" : "inference.device.noGpu";
        assertEquals(expected, e.key());
    }

    @Test
    void autoChoosesCpuWithoutCuda() throws InferenceException {
        DeviceSelector.Choice choice = DeviceSelector.select(Engine.getEngine("OnnxRuntime"));

        assertEquals(Device.cpu(), choice.device());
        assertFalse(choice.cpuFallback());
    }

    @Test
    void gpuLoadFailureFallsBackToCpu() throws InferenceException {
        ModelBundle bundle = TestModels.bundle();
        ModelConfig config = bundle.config();

        try (HashTransModel model = HashTransModel.load(bundle, BUDGET_BYTES, Device.gpu(), true);
             KvCache.Lease history = model.encode("m1", TestModels.history(config, 64, 1))) {
            assertEquals("CPUExecutionProvider", model.executionProvider());
            double[] scores = TestModels.flatten(model.score(history, TestModels.candidates(config, 3, 2)));
            assertTrue(scores.length > 0);
            for (double score : scores) {
                assertTrue(Double.isFinite(score), "the CPU fallback must score");
            }
        }
    }

    @Test
    void gpuLoadFailureWithoutFallbackFails() throws InferenceException {
        ModelBundle bundle = TestModels.bundle();

        InferenceException e = assertThrows(InferenceException.class,
                () -> HashTransModel.load(bundle, BUDGET_BYTES, Device.gpu(), false));

        assertEquals("inference.load.graphFailed", e.key());
        assertTrue(e.getMessage().contains(HashTransGraphs.ENCODER_FILE), e.getMessage());
    }
}
