package dev.coalition.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that choose the policy: {@code --set NAME=VALUE} (repeatable) and {@code --policy DIR}. */
final class PolicyOptions {

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Override a policy setting, e.g. --set governance.crisisUrgency=0.7 (repeatable). "
                    + "'coalition settings' lists them.")
    List<String> settings = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "DIR",
            description = "A directory of your own policy files: each *.drl file replaces the bundled file of the same "
                    + "name or is added; each *.settings.properties file is laid over the bundled settings "
                    + "(NAME = VALUE alone changes a value). 'coalition check DIR' checks it.")
    Path policyDirectory;

    /** Whether the bundled policy with its default settings is asked for. */
    boolean isDefault() {
        return settings.isEmpty() && policyDirectory == null;
    }

    /**
     * The setting overrides by name, in the order given (a later value for the same name wins).
     *
     * @throws UserError naming each option that is not NAME=VALUE, and a policy directory that does not exist
     */
    Map<String, String> overrides() {
        Map<String, String> overrides = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                problems.add("--set: " + DocumentFields.quote(setting) + " is not NAME=VALUE; give e.g. --set governance.crisisUrgency=0.7");
            } else {
                overrides.put(setting.substring(0, eq).strip(), setting.substring(eq + 1));
            }
        }
        if (policyDirectory != null && !Files.isDirectory(policyDirectory)) {
            problems.add("--policy " + policyDirectory + ": " + (Files.exists(policyDirectory)
                    ? "is not a directory" : "no such directory") + "; give a directory of *.drl and *.settings.properties files");
        }
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        return overrides;
    }
}
