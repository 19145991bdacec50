package dev.coalition.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code coalition rules}: every rule in force with its id, decision area, file:line, origin and source. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        versionProvider = VersionProvider.class,
        description = "List every rule in force, one per line: id (@id), decision area, file:line, whether its file is "
                + "bundled, replaced (replaces a bundled file) or added (new), and source (@source).")
final class RulesCommand implements Callable<Integer> {

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
            out.print(RulesTable.write(lease.advisor()));
            out.flush();
        }
        return 0;
    }
}
