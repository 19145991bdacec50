package dev.coalition.cli;

import dev.coalition.policy.Settings;
import dev.coalition.policy.SettingsException;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import dev.coalition.voting.WeightedVotingGame;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Provides the advisor a command asks for. The bundled policy with its defaults is compiled once
 * per process and shared (compiling takes a second or two; advising is quick); an advisor with
 * {@code --set} or {@code --policy} is built for the command and closed after it.
 */
final class Advisors {

    private static final Object LOCK = new Object();
    private static volatile CoalitionAdvisor defaultAdvisor;

    private Advisors() {
    }

    /** An advisor on loan: closing it closes a built one and leaves the shared one open. */
    record Lease(CoalitionAdvisor advisor, boolean shared) implements AutoCloseable {
        @Override
        public void close() {
            if (!shared) {
                advisor.close();
            }
        }
    }

    /** The shared advisor with the bundled policy and its default settings. */
    static CoalitionAdvisor defaultAdvisor() {
        CoalitionAdvisor advisor = defaultAdvisor;
        if (advisor == null) {
            synchronized (LOCK) {
                advisor = defaultAdvisor;
                if (advisor == null) {
                    advisor = CoalitionAdvisor.withDefaultPolicies();
                    defaultAdvisor = advisor;
                }
            }
        }
        return advisor;
    }

    /**
     * The advisor the options ask for.
     *
     * @throws UserError one line per problem: each bad {@code --set}, each policy compilation problem
     *                   as {@code FILE:LINE: rule "NAME": MESSAGE}
     */
    static Lease open(PolicyOptions options) {
        return open(options, WeightedVotingGame.DEFAULT_MAX_COST);
    }

    /**
     * The advisor the options ask for, with the given voting-cost limit.
     *
     * @throws UserError one line per problem: each bad {@code --set}, each policy compilation problem
     *                   as {@code FILE:LINE: rule "NAME": MESSAGE}
     */
    static Lease open(PolicyOptions options, long maxVotingCost) {
        Map<String, String> overrides = options.overrides();
        if (options.isDefault() && maxVotingCost == WeightedVotingGame.DEFAULT_MAX_COST) {
            return new Lease(defaultAdvisor(), true);
        }
        try {
            CoalitionAdvisor.Builder builder = policy(options.policyDirectory).maxVotingCost(maxVotingCost);
            overrides.forEach(builder::setting);
            return new Lease(builder.build(), false);
        } catch (SettingsException e) {
            throw new UserError(e.problems().stream().map(problem -> "--set: " + Messages.oneLine(
                    problem.replace(Settings.UNKNOWN_SETTING_HINT, "; run 'coalition settings' to list them"))).toList());
        } catch (PolicyCompilationException e) {
            throw compilationFailure(e);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            if (options.policyDirectory == null) {
                throw e;
            }
            throw new UserError("--policy " + options.policyDirectory + ": " + Messages.oneLine(e));
        }
    }

    private static CoalitionAdvisor.Builder policy(Path directory) {
        CoalitionAdvisor.Builder builder = CoalitionAdvisor.builder();
        if (directory != null) {
            builder.policyDirectory(directory);
        }
        return builder;
    }

    private static UserError compilationFailure(PolicyCompilationException e) {
        return new UserError(e.diagnostics().stream().map(PolicyDiagnostic::toString).toList());
    }
}
