package org.claimcheck.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, or says it is a development build. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"claimcheck " + (version == null ? "(development build)" : version)};
    }
}
