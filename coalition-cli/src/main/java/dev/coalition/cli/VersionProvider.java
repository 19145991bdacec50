package dev.coalition.cli;

import dev.coalition.rules.api.CoalitionAdvisor;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the library's name and version. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {CoalitionAdvisor.libraryVersion()};
    }
}
