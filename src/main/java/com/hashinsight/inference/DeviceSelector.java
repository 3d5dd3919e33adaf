package com.hashinsight.inference;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.djl.util.cuda.CudaUtils;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the ONNX Runtime execution provider: CUDA when a GPU and the GPU build of ONNX Runtime are present,
 * otherwise the CPU.
 *
 * <p>The system property {@value #DEVICE_PROPERTY} overrides the choice: {@code auto} (default), {@code cpu} or
 * {@code cuda}. The CPU-only {@code com.microsoft.onnxruntime:onnxruntime} jar that the app ships cannot register
 * CUDA, so the GPU build swaps it for {@code onnxruntime_gpu} (Maven profile {@code gpu}).
 *
 * <p>Under {@code auto}, a GPU choice may still fail when the graphs load, for instance when cuDNN is missing: then
 * the caller loads them on the CPU instead ({@link Choice#cpuFallback()}). An explicit {@code cuda} never falls back.
 */
final class DeviceSelector {

    static final String DEVICE_PROPERTY = "hashinsight.inference.device";

    private static final Logger LOG = LoggerFactory.getLogger(DeviceSelector.class);

    private DeviceSelector() {
    }

    /**
     * The device to load the graphs on.
     *
     * @param cpuFallback whether the graphs load on the CPU when they fail to load on {@code device}
     */
    record Choice(Device device, boolean cpuFallback) {
    }

    /**
     * Returns the DJL device to load the graphs on, and whether a failed load there may fall back to the CPU.
     *
     * @throws InferenceException when the property has an unknown value, or requests CUDA that is not available
     */
    static Choice select(Engine engine) throws InferenceException {
        String requested = System.getProperty(DEVICE_PROPERTY, "auto").strip().toLowerCase(Locale.ROOT);
        return switch (requested) {
            case "cpu" -> new Choice(Device.cpu(), false);
            case "cuda", "gpu" -> {
                InferenceException missing = cudaMissing(engine);
                if (missing != null) {
                    throw missing;
                }
                yield new Choice(Device.gpu(), false);
            }
            case "auto" -> {
                InferenceException missing = cudaMissing(engine);
                if (missing != null) {
                    LOG.info("CUDA execution provider not used: {}", missing.getMessage());
                    yield new Choice(Device.cpu(), false);
                }
                yield new Choice(Device.gpu(), true);
            }
            default -> throw new InferenceException("inference.device.unknown", DEVICE_PROPERTY, requested);
        };
    }

    /** Returns why CUDA cannot be used, as the error an explicit CUDA request gets, or null when it can be used. */
    private static InferenceException cudaMissing(Engine engine) {
        int gpus;
        try {
            gpus = CudaUtils.getGpuCount();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            LOG.debug("CUDA runtime probe failed", e);
            gpus = 0;
        }
        if (gpus <= 0) {
            return new InferenceException("inference.device.noGpu");
        }
        // NOTE: tested on CPU-only machines, so the GPU branch below has not run on real hardware.
        if (!engine.hasCapability(StandardCapabilities.CUDA)) {
            return new InferenceException("inference.device.noCudaProvider", gpus);
        }
        return null;
    }

    /** Returns the provider name ONNX Runtime uses for {@code device}, for logs and the UI. */
    static String providerName(Device device) {
        return device.isGpu() ? "CUDAExecutionProvider" : "CPUExecutionProvider";
    }
}
