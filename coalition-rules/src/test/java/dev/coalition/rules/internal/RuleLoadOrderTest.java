package dev.coalition.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Among rules of equal salience the one declared first fires first: files in the policy's load
 * order, rules in the order each file declares them, whatever order Drools gives them itself.
 */
class RuleLoadOrderTest {

    private static final PolicySource ALPHA = file("governance-alpha.drl", "Alpha one", "Alpha two");
    private static final PolicySource OMEGA = file("governance-omega.drl", "Omega one", "Omega two");

    @Test
    void rulesOfEqualSalienceFireInTheOrderTheirFilesAreLoaded() {
        assertThat(firingOrder(List.of(ALPHA, OMEGA))).containsExactly("Alpha one", "Alpha two", "Omega one", "Omega two");
        assertThat(firingOrder(List.of(OMEGA, ALPHA))).containsExactly("Omega one", "Omega two", "Alpha one", "Alpha two");
    }

    @Test
    void rulesOfOneFileFireInTheOrderTheFileDeclaresThem() {
        PolicySource reversed = file("governance-alpha.drl", "Alpha two", "Alpha one");

        assertThat(firingOrder(List.of(reversed))).containsExactly("Alpha two", "Alpha one");
    }

    private static List<String> firingOrder(List<PolicySource> drls) {
        KnowledgeBases.Lease lease = KnowledgeBases.acquire("governance", drls, PolicySet.bundled().defaultSettings());
        try {
            List<String> fired = new ArrayList<>();
            StatelessKieSession session = lease.kieBase().newStatelessKieSession();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            session.execute(List.of("a fact"));
            return fired;
        } finally {
            lease.release();
        }
    }

    private static PolicySource file(String name, String... rules) {
        StringBuilder drl = new StringBuilder("package dev.coalition.policies.test;\n\n");
        for (String rule : rules) {
            drl.append("rule \"").append(rule).append("\"\n    @id(\"test.").append(rule.replace(' ', '-').toLowerCase())
                    .append("\")\nwhen\n    String()\nthen\nend\n\n");
        }
        return new PolicySource(name, drl.toString(), "test:" + name);
    }
}
