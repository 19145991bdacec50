package dev.coalition.cli;

import dev.coalition.rules.api.CoalitionAdvisor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The advisors of a {@code coalition test} run: one per set of scenario settings, built when a
 * scenario first asks for it and reused by every scenario with the same settings (building an
 * advisor is the expensive part), all on the policy of the command's options. The advisor without
 * scenario settings is built first, so that a policy that does not build stops the run before any
 * scenario, and stays open so that the others share its knowledge bases.
 */
final class ScenarioAdvisors implements AutoCloseable {

    private final Function<Map<String, String>, Advisors.Lease> open;
    private final Map<Map<String, String>, Advisors.Lease> leases = new HashMap<>();

    /**
     * @param open builds the advisor for a scenario's settings (empty: none)
     * @throws UserError when the advisor without scenario settings cannot be built (bad --set, a
     *                   policy that does not compile)
     */
    ScenarioAdvisors(Function<Map<String, String>, Advisors.Lease> open) {
        this.open = open;
        leases.put(Map.of(), open.apply(Map.of()));
    }

    /**
     * The advisors for the command's policy options: {@code --policy} and {@code --set}, with each
     * scenario's settings applied on top.
     *
     * @throws UserError when the policy of the options cannot be built
     */
    static ScenarioAdvisors of(PolicyOptions options) {
        return new ScenarioAdvisors(settings -> Advisors.open(with(options, settings)));
    }

    /**
     * The advisor for a scenario's settings.
     *
     * @throws UserError with a {@code settings: ...} line for each setting the policy refuses
     */
    CoalitionAdvisor advisor(Map<String, String> settings) {
        Map<String, String> key = Map.copyOf(settings);
        Advisors.Lease lease = leases.get(key);
        if (lease == null) {
            try {
                lease = open.apply(key);
            } catch (UserError e) {
                throw new UserError(e.lines().stream().map(line -> line.startsWith("--set: ")
                        ? "settings: " + line.substring("--set: ".length()) : line).toList());
            }
            leases.put(key, lease);
        }
        return lease.advisor();
    }

    /** How many advisors have been built: one per distinct set of scenario settings, and one without. */
    int built() {
        return leases.size();
    }

    /** Closes every advisor built. */
    @Override
    public void close() {
        leases.values().forEach(Advisors.Lease::close);
        leases.clear();
    }

    /** The options with a scenario's settings after the {@code --set} ones, so that they win. */
    private static PolicyOptions with(PolicyOptions options, Map<String, String> settings) {
        PolicyOptions scenario = new PolicyOptions();
        scenario.policyDirectory = options.policyDirectory;
        scenario.settings = new ArrayList<>(options.settings);
        settings.forEach((name, value) -> scenario.settings.add(name + "=" + value));
        return scenario;
    }
}
