import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Opens an ONNX Runtime session on every {@code .onnx} file of a model folder and prints each graph's inputs, so the
 * smoke test proves that the stripped ONNX Runtime jar still contains working natives for this platform and that the
 * trimmed Java runtime can load them.
 *
 * <p>smoke-test.sh compiles it with the JDK and runs it on the app-image's own runtime and jars:
 * {@code OnnxRuntimeCheck MODEL_DIR}. It exits with 1 when the folder has no graph or a session fails.
 */
public final class OnnxRuntimeCheck {

    private OnnxRuntimeCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: OnnxRuntimeCheck MODEL_DIR");
            System.exit(2);
        }
        List<Path> graphs;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            graphs = listing.filter(file -> file.getFileName().toString().endsWith(".onnx")).sorted().toList();
        }
        if (graphs.isEmpty()) {
            System.err.println("no .onnx file in " + args[0]);
            System.exit(1);
        }

        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        System.out.println("ONNX Runtime " + environment.getVersion() + " loaded on " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch"));
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            for (Path graph : graphs) {
                try (OrtSession session = environment.createSession(graph.toString(), options)) {
                    System.out.println(graph.getFileName() + ": inputs " + session.getInputNames() + ", outputs "
                            + session.getOutputNames());
                } catch (OrtException e) {
                    System.err.println("ONNX Runtime failed to open " + graph + ": " + e.getMessage());
                    System.exit(1);
                }
            }
        }
    }
}
