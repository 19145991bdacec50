package dev.coalition.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coalition settings}: every policy setting with its type, range, default, current value, description and source. */
@Command(name = "settings", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        versionProvider = VersionProvider.class,
        description = "List every policy setting: name, type, allowed range, default, current value, description and source.")
final class SettingsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the settings as JSON.")
    boolean json;

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    private PrintWriter out;

    /** Sets where the list goes, before each run. */
    void out(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Advisors.Lease lease = Advisors.open(policy)) {
            out.print(json ? SettingsDocument.write(lease.advisor()) : SettingsTable.write(lease.advisor()));
            out.flush();
        }
        return 0;
    }
}
