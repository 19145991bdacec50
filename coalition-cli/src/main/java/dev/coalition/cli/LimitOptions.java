package dev.coalition.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The option that raises (or lowers) an input limit: {@code --limit NAME=VALUE}, repeatable. */
final class LimitOptions {

    @Option(names = "--limit", paramLabel = "NAME=VALUE",
            description = "Change an input limit, e.g. --limit members=5000 (repeatable). Limits: document-size, "
                    + "string-length, number-length, number-exponent, nesting-depth, members, trust-ties, conflicts, candidates, "
                    + "timeline-events, voting-cost; README lists their defaults.")
    List<String> limits = new ArrayList<>();

    /**
     * The limits asked for.
     *
     * @throws UserError naming each {@code --limit} that is not NAME=VALUE, names no limit or has no positive value
     */
    InputLimits limits() {
        return InputLimits.of(limits);
    }
}
