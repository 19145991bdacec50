package dev.coalition.cli;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.GovernanceRecommendation;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coalition evaluate FILE.json}: the explained governance recommendation for a coalition document, as JSON. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Recommend how a coalition should govern itself and print the result as JSON on standard output.",
            "The document's format is schema/coalition-document.schema.json; every problem with it is "
                    + "printed on standard error as PATH: MESSAGE, in document order."
        })
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The coalition document (JSON), or - to read standard input.")
    String file;

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    EvaluateCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        policy.overrides();
        Coalition coalition = CoalitionDocument.read(InputSource.read(file, stdin));
        try (Advisors.Lease lease = Advisors.open(policy)) {
            GovernanceRecommendation recommendation = lease.advisor().recommendGovernance(coalition);
            PrintWriter out = spec.commandLine().getOut();
            out.print(RecommendationDocument.write(lease.advisor(), recommendation));
            out.flush();
        }
        return 0;
    }
}
