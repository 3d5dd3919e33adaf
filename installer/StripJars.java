import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes from the jars in a folder, in place, what an installed app on one platform never loads:
 *
 * <ul>
 *   <li>ONNX Runtime and JNA natives of the other operating systems and CPUs (each jar ships all of them);</li>
 *   <li>native debug symbols ({@code .pdb}, {@code .dSYM});</li>
 *   <li>the map data of the TilesFX countries library (flag images, city and airport lists, country outlines), which
 *       only the TilesFX map and country tiles read.</li>
 * </ul>
 *
 * <p>Every build script runs it with the JDK's source launcher, so all platforms strip the same entries:
 * {@code java installer/StripJars.java DIR PLATFORM [NATIVE_DIR]}, where PLATFORM is linux-x64, linux-aarch64,
 * osx-x64, osx-aarch64 or win-x64 (ONNX Runtime's folder names). It fails when a jar lacks the natives of PLATFORM.
 *
 * <p>With NATIVE_DIR it also moves ONNX Runtime's natives for PLATFORM out of its jar into that folder, for an app
 * started with {@code -Donnxruntime.native.path=NATIVE_DIR}. ONNX Runtime then loads them in place. From the jar it
 * would copy them to a temporary folder at every start, and for the GPU build's 345 MB CUDA provider that takes
 * seconds.
 */
public final class StripJars {

    /** JNA's folder name for each of ONNX Runtime's platform names. */
    private static final Map<String, String> JNA_PLATFORMS = Map.of(
            "linux-x64", "linux-x86-64",
            "linux-aarch64", "linux-aarch64",
            "osx-x64", "darwin-x86-64",
            "osx-aarch64", "darwin-aarch64",
            "win-x64", "win32-x86-64");

    private static final Pattern ORT_NATIVE = Pattern.compile("ai/onnxruntime/native/([^/]+)/.+");
    private static final Pattern JNA_NATIVE = Pattern.compile("com/sun/jna/([^/]+)/(lib)?jnidispatch\\.[a-z]+");
    private static final Pattern DEBUG_SYMBOLS = Pattern.compile(".+\\.pdb|.*\\.dSYM/.*");
    // NOTE: a screen that shows a TilesFX world map, country or flag tile needs this data; drop the pattern then.
    private static final Pattern MAP_DATA = Pattern.compile(
            "eu/hansolo/fx/countries/(flag/.+\\.png|tools/.+\\.txt|hires\\.properties|lores\\.properties)");

    private StripJars() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || !JNA_PLATFORMS.containsKey(args[1])) {
            System.err.println("usage: java installer/StripJars.java DIR PLATFORM [NATIVE_DIR] (PLATFORM: "
                    + String.join(", ", JNA_PLATFORMS.keySet().stream().sorted().toList()) + ")");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        String platform = args[1];

        Path onnxRuntime = onlyJar(dir, "onnxruntime{,_gpu}-[0-9]*.jar", true);  // the CPU or the GPU build
        strip(onnxRuntime, platform, ORT_NATIVE, platform);
        if (args.length == 3) {
            moveNatives(onnxRuntime, platform, Path.of(args[2]));
        }
        Path jna = onlyJar(dir, "jna-[0-9]*.jar", false);
        if (jna != null) {
            strip(jna, platform, JNA_NATIVE, JNA_PLATFORMS.get(platform));
        }
        Path countries = onlyJar(dir, "countries-[0-9]*.jar", false);
        if (countries != null) {
            report(countries, deleteEntries(countries, name -> MAP_DATA.matcher(name).matches()), "map data");
        }
    }

    /** Deletes the natives of every platform but {@code keep}, and debug symbols, from {@code jar}. */
    private static void strip(Path jar, String platform, Pattern natives, String keep) throws IOException {
        List<String> keptNatives = entries(jar).stream().filter(name -> {
            Matcher matcher = natives.matcher(name);
            return matcher.matches() && matcher.group(1).equals(keep);
        }).toList();
        if (keptNatives.isEmpty()) {
            throw new IllegalStateException(jar + " has no natives for " + platform + " (folder " + keep
                    + "); check the folder names of this version of the jar");
        }
        int deleted = deleteEntries(jar, name -> {
            Matcher matcher = natives.matcher(name);
            boolean otherPlatform = matcher.matches() && !matcher.group(1).equals(keep);
            return otherPlatform || DEBUG_SYMBOLS.matcher(name).matches();
        });
        report(jar, deleted, "natives of other platforms and debug symbols; kept " + keptNatives);
    }

    /** Moves the ONNX Runtime natives of {@code platform} from {@code jar} into {@code target}, one file per native. */
    private static void moveNatives(Path jar, String platform, Path target) throws IOException {
        Files.createDirectories(target);
        List<String> moved;
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            List<Path> natives;
            try (Stream<Path> walk = Files.walk(zip.getPath("/ai/onnxruntime/native/" + platform))) {
                natives = walk.filter(Files::isRegularFile).toList();
            }
            for (Path entry : natives) {
                Files.copy(entry, target.resolve(entry.getFileName().toString()));
                Files.delete(entry);
                deleteEmptyParents(entry);
            }
            moved = natives.stream().map(entry -> entry.getFileName().toString()).toList();
        }
        report(jar, moved.size(), "natives moved to " + target + ": " + moved);
    }

    /** Deletes the file entries of {@code jar} whose names match {@code drop} and returns how many it deleted. */
    private static int deleteEntries(Path jar, Predicate<String> drop) throws IOException {
        int deleted = 0;
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(zip.getPath("/"))) {
                files = walk.filter(Files::isRegularFile).filter(entry -> drop.test(name(entry))).toList();
            }
            for (Path file : files) {
                Files.delete(file);
                deleted++;
                deleteEmptyParents(file);
            }
        }
        return deleted;
    }

    /** Deletes the folders above {@code file} that its deletion left empty. */
    private static void deleteEmptyParents(Path file) throws IOException {
        for (Path folder = file.getParent(); folder != null && folder.getParent() != null; folder = folder.getParent()) {
            try (Stream<Path> children = Files.list(folder)) {
                if (children.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(folder);
        }
    }

    private static List<String> entries(Path jar) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(jar); Stream<Path> walk = Files.walk(zip.getPath("/"))) {
            return walk.filter(Files::isRegularFile).map(StripJars::name).toList();
        }
    }

    /** Returns the entry name as the jar stores it, without the leading slash of the zip file system's path. */
    private static String name(Path entry) {
        return entry.toString().substring(1);
    }

    /**
     * Returns the single jar in {@code dir} that matches {@code glob}, or null when there is none and it is optional.
     *
     * @throws IllegalStateException when several jars match, or none matches a required one
     */
    private static Path onlyJar(Path dir, String glob, boolean required) throws IOException {
        List<Path> jars;
        try (Stream<Path> listing = Files.list(dir)) {
            var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
            jars = listing.filter(file -> matcher.matches(file.getFileName())).toList();
        }
        if (jars.size() > 1 || required && jars.isEmpty()) {
            throw new IllegalStateException("expected one jar " + glob + " in " + dir + ", found " + jars);
        }
        return jars.isEmpty() ? null : jars.getFirst();
    }

    private static void report(Path jar, int deleted, String description) throws IOException {
        System.out.printf("%s: deleted %d entries (%s), now %d KB%n", jar.getFileName(), deleted, description,
                Files.size(jar) / 1024);
    }
}
