package dev.coalition.cli;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.VotingAdvice;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code coalition evaluate FILE.json}: the explained governance recommendation for a coalition
 * document, and the distribution, voting power and conflict assessments it asks for, as JSON.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        versionProvider = VersionProvider.class,
        description = {
            "Recommend how a coalition should govern itself and print the result as JSON on standard output; "
                    + "with a \"distribution\" or \"voting\" section, also how to share value among its members "
                    + "and how much voting power each holds; with \"conflicts\" (and \"asOf\"), where each conflict "
                    + "stands as of that date and what happens next.",
            "The document's format is schema/coalition-document.schema.json (UTF-8); every problem with it is "
                    + "printed on standard error as PATH: MESSAGE, in document order. A document beyond an input limit "
                    + "is refused with a problem naming the limit; --limit raises it."
        })
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The coalition document (JSON), or - to read standard input.")
    String file;

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    private InputStream stdin;
    private PrintWriter out;

    /** Sets what {@code -} reads and where the answer goes, before each run. */
    void streams(InputStream stdin, PrintWriter out) {
        this.stdin = stdin;
        this.out = out;
    }

    @Override
    public Integer call() {
        policy.overrides();
        InputLimits limits = limitOptions.limits();
        CoalitionDocument.Reading reading = CoalitionDocument.parse(InputSource.read(file, stdin, limits), limits);
        boolean nothingMoreToCheck = reading.distribution() == null && reading.voting() == null
                && reading.conflicts() == null;
        if (reading.coalition() == null || !reading.problems().isEmpty() && nothingMoreToCheck) {
            throw reading.failure(List.of());
        }
        Coalition coalition = reading.coalition();
        try (Advisors.Lease lease = Advisors.open(policy, limits.get(InputLimits.Limit.VOTING_COST))) {
            CoalitionAdvisor advisor = lease.advisor();
            List<Problem> problems = new ArrayList<>();
            DistributionAdvice distribution = reading.distribution() == null ? null
                    : ValueAnalyses.distribute(advisor, coalition, reading.distribution(), problems);
            VotingAdvice voting = reading.voting() == null ? null
                    : ValueAnalyses.votingPower(advisor, coalition, reading.voting(), limits, problems);
            if (reading.conflicts() != null) {
                ConflictAnalyses.check(advisor, coalition, reading.conflicts(), reading::reportedWithin, problems);
            }
            if (!reading.problems().isEmpty() || !problems.isEmpty()) {
                throw reading.failure(problems);
            }
            List<ConflictAssessment> conflicts = reading.conflicts() == null ? null
                    : ConflictAnalyses.assess(advisor, coalition, reading.conflicts());
            GovernanceRecommendation recommendation = advisor.recommendGovernance(coalition);
            out.print(RecommendationDocument.write(advisor, recommendation, distribution, voting, conflicts));
            out.flush();
        }
        return 0;
    }
}
