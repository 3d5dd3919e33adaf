package com.hashinsight.app;

import picocli.CommandLine.IVersionProvider;

/** Reads the version that Maven writes into the jar manifest. */
public final class VersionProvider implements IVersionProvider {

    /** Returns the product version, or "dev" when running from classes outside a jar. */
    public static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"HashInsight Workstation " + version()};
    }
}
