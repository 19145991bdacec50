package dev.coalition.rules.verifier;

import dev.coalition.conflict.Conflict;
import dev.coalition.core.Coalition;
import dev.coalition.core.Suggestions;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.PolicyRule;
import dev.coalition.rules.api.VotingAdvice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tests a policy's rules from Java, in the spirit of Timefold's {@code ConstraintVerifier}: given a
 * coalition (and a distribution request, a quota or a conflict), take one decision and assert which
 * rules fire and what results. A rule is named by its {@code @id} or its name; a name the policy does
 * not have fails at once, with the closest id, so that a typo cannot make a test pass.
 *
 * <pre>{@code
 * try (PolicyVerifier verifier = PolicyVerifier.forPolicy(Path.of("my-policy"))) {
 *     verifier.givenCoalition(coalition).governance()
 *             .fires("governance.crisis-centralizes")
 *             .recommends(GovernanceMode.CENTRALIZED)
 *             .doesNotRaise("POOR_FIT");
 * }
 * }</pre>
 *
 * <p>Thread-safe, like the advisor it holds; close it to release the advisor.
 */
public final class PolicyVerifier implements AutoCloseable {

    private final CoalitionAdvisor advisor;
    private final List<PolicyRule> rules;

    private PolicyVerifier(CoalitionAdvisor advisor) {
        this.advisor = advisor;
        this.rules = advisor.rules();
    }

    /**
     * A verifier of the bundled policy with a directory of your own files, each replacing the
     * bundled file of the same name or added.
     *
     * @throws dev.coalition.rules.api.PolicyCompilationException if the policy does not compile or the lint refuses it
     * @throws IllegalArgumentException                           if the directory does not exist
     */
    public static PolicyVerifier forPolicy(Path directory) {
        if (directory == null) {
            throw new IllegalArgumentException("directory: is null; give the directory of your *.drl and *.settings.properties files");
        }
        return of(CoalitionAdvisor.builder().policyDirectory(directory));
    }

    /** A verifier of the bundled policy with its default settings. */
    public static PolicyVerifier forBundledPolicy() {
        return of(CoalitionAdvisor.builder());
    }

    /**
     * A verifier of the advisor a builder builds (policy files, settings, ...).
     *
     * @throws dev.coalition.rules.api.PolicyCompilationException if the policy does not compile or the lint refuses it
     * @throws dev.coalition.policy.SettingsException              for a bad setting
     */
    public static PolicyVerifier of(CoalitionAdvisor.Builder builder) {
        if (builder == null) {
            throw new IllegalArgumentException("builder: is null; give CoalitionAdvisor.builder() with your policy files and settings");
        }
        return new PolicyVerifier(builder.build());
    }

    /** The advisor the decisions are taken on. */
    public CoalitionAdvisor advisor() {
        return advisor;
    }

    /** Starts a test on a coalition: choose the decision next. */
    public Given givenCoalition(Coalition coalition) {
        if (coalition == null) {
            throw new IllegalArgumentException("coalition: is null; build one with Coalition.builder(name)");
        }
        return new Given(coalition);
    }

    /** Releases the advisor. */
    @Override
    public void close() {
        advisor.close();
    }

    /**
     * The id of a rule named by id or name.
     *
     * @throws AssertionError if the policy has no such rule, naming the closest id
     */
    String ruleId(String rule) {
        if (rule == null) {
            throw new IllegalArgumentException("rule: is null; name a rule by its @id or its name");
        }
        for (PolicyRule r : rules) {
            if (r.id().equals(rule) || r.name().equals(rule)) {
                return r.id();
            }
        }
        String closest = rules.stream().map(PolicyRule::id)
                .min(Comparator.comparingInt((String id) -> Suggestions.distance(id, rule))).orElse("");
        throw new AssertionError("no rule in this policy has the id or name \"" + rule + "\"; did you mean \"" + closest
                + "\"? (PolicyVerifier.advisor().rules() and 'coalition rules' list them)");
    }

    /** A coalition under test; each method takes one decision on it. */
    public final class Given {
        private final Coalition coalition;

        private Given(Coalition coalition) {
            this.coalition = coalition;
        }

        /** The governance decision. */
        public Outcome governance() {
            GovernanceRecommendation r = advisor.recommendGovernance(coalition);
            return new Outcome(PolicyVerifier.this, "governance decision for \"" + coalition.name() + "\"", r, r.explanation(),
                    r.findings(), "mode " + r.mode() + (r.lead() == null ? "" : " led by " + r.lead()) + ", safeguards "
                            + r.safeguards().stream().map(s -> s.id()).toList() + ", findings " + findings(r.findings()));
        }

        /** A distribution of the request's amount. */
        public Outcome distribution(DistributionRequest request) {
            DistributionAdvice d = advisor.distribute(coalition, request);
            return new Outcome(PolicyVerifier.this, "distribution for \"" + coalition.name() + "\"", d, d.explanation(),
                    d.findings(), "policy " + d.policy() + ", findings " + findings(d.findings()));
        }

        /** The voting power of the members' voting weights at a quota. */
        public Outcome voting(long quota) {
            return voting(advisor.votingPower(coalition, quota), quota);
        }

        /** The voting power of the given weights at a quota. */
        public Outcome voting(long quota, Map<String, Long> weights) {
            return voting(advisor.votingPower(coalition, quota, weights), quota);
        }

        private Outcome voting(VotingAdvice v, long quota) {
            return new Outcome(PolicyVerifier.this, "vote at quota " + quota + " in \"" + coalition.name() + "\"", v,
                    v.explanation(), v.findings(), "veto players " + v.power().vetoPlayers() + ", null players "
                            + v.power().nullPlayers() + ", findings " + findings(v.findings()));
        }

        /** The assessment of a conflict as of a date. */
        public Outcome conflict(Conflict conflict, LocalDate asOf) {
            ConflictAssessment c = advisor.assessConflict(coalition, conflict, asOf);
            return new Outcome(PolicyVerifier.this, "assessment of conflict \"" + c.id() + "\" in \"" + coalition.name() + "\"",
                    c, c.explanation(), c.findings(), "stage " + c.stage() + " (" + c.level() + "), next step "
                            + c.next().map(n -> n.step().toString()).orElse("none") + ", " + c.resolvability().value()
                            + ", findings " + findings(c.findings()));
        }
    }

    private static String findings(List<Finding> findings) {
        return findings.isEmpty() ? "none" : findings.stream().map(f -> f.id() + "(" + f.subject() + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
