package com.hashinsight.ui.settings;

import java.nio.file.Path;

/**
 * Shows a folder under the user's home folder as {@code ~/…}, as shells and file managers do, and reads such text
 * back, so that the data directory field stays short and does not spell out the home folder.
 */
final class HomeRelativePath {

    /** The home folder's abbreviation. */
    static final String HOME = "~";

    private HomeRelativePath() {
    }

    /** Returns {@code path} as the field shows it: {@code ~} plus the rest when it lies under {@code home}. */
    static String display(Path path, Path home) {
        if (home == null || !path.isAbsolute() || !path.startsWith(home)) {
            return path.toString();
        }
        if (path.equals(home)) {
            return HOME;
        }
        return HOME + path.getFileSystem().getSeparator() + home.relativize(path);
    }

    /**
     * Returns the folder that {@code text} names, with a leading {@code ~/} (or {@code ~} and the platform's
     * separator) resolved against {@code home}; any other text is read as a plain path.
     *
     * @throws java.nio.file.InvalidPathException when the text is not a valid path on this platform
     */
    static Path parse(String text, Path home) {
        if (home != null) {
            if (text.equals(HOME)) {
                return home;
            }
            String separator = home.getFileSystem().getSeparator();
            if (text.startsWith(HOME + "/") || text.startsWith(HOME + separator)) {
                return home.resolve(text.substring(HOME.length() + 1));
            }
        }
        return Path.of(text);
    }
}
