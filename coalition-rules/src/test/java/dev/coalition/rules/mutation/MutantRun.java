package dev.coalition.rules.mutation;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs test classes inside the class loader that holds one mutant ({@link DrlMutationCheck} loads
 * this class there, so that the tests, the advisor and its caches are that loader's own), one class
 * at a time, and stops at the first class with a failing test.
 */
public final class MutantRun {

    /**
     * Runs the named test classes in order.
     *
     * @param testClasses fully qualified names of JUnit 5 test classes
     * @return {@code null} if every test passed, else the first failing test and its message
     */
    public static String run(List<String> testClasses) throws ClassNotFoundException {
        Launcher launcher = LauncherFactory.create();
        ClassLoader loader = MutantRun.class.getClassLoader();
        for (String name : testClasses) {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(Class.forName(name, false, loader))).build();
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            launcher.execute(request, summary);
            List<TestExecutionSummary.Failure> failures = summary.getSummary().getFailures();
            if (!failures.isEmpty()) {
                TestExecutionSummary.Failure first = failures.get(0);
                String message = String.valueOf(first.getException().getMessage()).strip().replaceAll("\\s+", " ");
                return first.getTestIdentifier().getDisplayName() + " in " + name.substring(name.lastIndexOf('.') + 1) + ": "
                        + (message.length() > 160 ? message.substring(0, 160) + "..." : message);
            }
            if (summary.getSummary().getTestsFoundCount() == 0) {
                throw new IllegalStateException(name + ": no tests found; is it a JUnit 5 test class?");
            }
        }
        return null;
    }

    private MutantRun() {
    }
}
