package dev.coalition.examples;

import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.Conflict;
import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.Divergence;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.ExternalMediator;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.ledger.CreditLedger;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The article's conflict cases, decided "by design": the technology standards coalition's
 * intellectual-property conflict, the healthcare data-sharing coalition's data-ownership conflict
 * resolved within two weeks, and the financial-services alliance's dignified divergence.
 */
public final class ConflictExamples {

    private ConflictExamples() {
    }

    /** The 2023 technology standards coalition, with an external IP mediator named in advance. */
    public static Coalition standardsCoalition() {
        return Coalition.builder("Technology standards coalition")
                .formedOn(LocalDate.of(2021, 6, 1))
                .member(Member.builder("chipco").name("ChipCo").category("manufacturer").votingWeight(3).trusts("netco", "lab"))
                .member(Member.builder("netco").name("NetCo").category("operator").votingWeight(3).trusts("chipco", "lab"))
                .member(Member.builder("softco").name("SoftCo").category("software").votingWeight(2).trusts("lab"))
                .member(Member.builder("lab").name("Standards Lab").category("research").votingWeight(1)
                        .trusts("chipco", "netco", "softco").expertise(Set.of(ConflictType.PROCESS)))
                .steeringBody("chipco", "netco", "lab")
                .externalMediator(new ExternalMediator("ip-mediator", Set.of(ConflictType.PROCESS, ConflictType.GOAL)))
                .context(new GovernanceContext(0.4, 0.6, 0.6, 0.7))
                .build();
    }

    /** The IP conflict: how licensing and contributed patents are handled. */
    public static Conflict ipConflict() {
        return new Conflict("ip-rights", List.of("chipco", "softco"), List.of("procedures", "resources", "scope"),
                List.of(Behaviour.POLARIZED_DEBATE, Behaviour.ALLY_RECRUITING, Behaviour.PUBLIC_LOSS_OF_FACE),
                LocalDate.of(2023, 3, 1),
                List.of(new StepRecord(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2023, 3, 1), StepOutcome.FAILED),
                        new StepRecord(EscalationStep.WORKING_GROUP, LocalDate.of(2023, 3, 20), StepOutcome.ONGOING)),
                0.8, 0.6, 0.5, null);
    }

    /** The 2024 healthcare data-sharing coalition that designed its conflict handling at formation. */
    public static Coalition healthDataCoalition() {
        return Coalition.builder("Healthcare data-sharing coalition")
                .formedOn(LocalDate.of(2024, 1, 8))
                .member(Member.builder("hospital").name("General Hospital").category("provider").votingWeight(2).trusts("registry", "insurer"))
                .member(Member.builder("insurer").name("Health Insurer").category("payer").votingWeight(2).trusts("registry", "hospital"))
                .member(Member.builder("registry").name("Regional Registry").category("public").votingWeight(1)
                        .trusts("hospital", "insurer").expertise(Set.of(ConflictType.PROCESS)))
                .member(Member.builder("clinic").name("City Clinic").category("provider").votingWeight(1).trusts("hospital"))
                .context(new GovernanceContext(0.3, 0.6, 0.8, 0.4))
                .build();
    }

    /** The data-ownership conflict, ten days into direct negotiation. */
    public static Conflict dataOwnershipConflict() {
        return new Conflict("data-ownership", List.of("hospital", "insurer"), List.of("decision-rights", "resources"),
                List.of(Behaviour.POSITIONS_HARDEN, Behaviour.POLARIZED_DEBATE), LocalDate.of(2024, 7, 1),
                List.of(new StepRecord(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2024, 7, 1), StepOutcome.ONGOING)),
                0.7, 0.3, 0.8, null);
    }

    /** The 2023 financial-services alliance. */
    public static Coalition financialAlliance() {
        return Coalition.builder("Financial services alliance")
                .formedOn(LocalDate.of(2021, 9, 1))
                .member(Member.builder("bank").name("Bank").category("bank").votingWeight(3).trusts("insurer", "broker"))
                .member(Member.builder("insurer").name("Insurer").category("insurer").votingWeight(2).trusts("bank"))
                .member(Member.builder("broker").name("Broker").category("broker").votingWeight(1).trusts("bank", "payments"))
                .member(Member.builder("payments").name("Payments Co").category("fintech").votingWeight(1).trusts("broker"))
                .steeringBody("bank", "insurer")
                .context(new GovernanceContext(0.3, 0.5, 0.4, 0.5))
                .build();
    }

    /** Eight months over incompatible approaches to risk. */
    public static Conflict riskConflict() {
        return new Conflict("risk-appetite", List.of("bank", "insurer"), List.of("strategy", "priorities"),
                List.of(Behaviour.POSITIONS_HARDEN, Behaviour.POLARIZED_DEBATE, Behaviour.UNILATERAL_ACTION),
                LocalDate.of(2023, 1, 10),
                List.of(new StepRecord(EscalationStep.DIRECT_NEGOTIATION, LocalDate.of(2023, 1, 10), StepOutcome.FAILED),
                        new StepRecord(EscalationStep.WORKING_GROUP, LocalDate.of(2023, 3, 1), StepOutcome.FAILED),
                        new StepRecord(EscalationStep.DESIGNATED_MEDIATOR, LocalDate.of(2023, 5, 1), StepOutcome.FAILED),
                        new StepRecord(EscalationStep.STEERING_BODY, LocalDate.of(2023, 7, 1), StepOutcome.FAILED)),
                0.9, 0.5, 0.2, "insurer");
    }

    /** The alliance's knowledge-equity ledger before the divergence. */
    public static CreditLedger financialLedger() {
        return CreditLedger.empty()
                .credit("insurer", "catastrophe risk model", "bank", 12, LocalDate.of(2022, 5, 2), "The bank priced its loans with it")
                .credit("bank", "fraud signals feed", "broker", 5, LocalDate.of(2022, 8, 15), "The broker cut its chargebacks")
                .redeem("insurer", "joint training day", 4, LocalDate.of(2022, 11, 3), "Underwriting workshop");
    }

    /** Prints the three assessments. */
    public static void run(PrintStream out, CoalitionAdvisor advisor) {
        print(out, standardsCoalition(), advisor.assessConflict(standardsCoalition(), ipConflict(), LocalDate.of(2023, 4, 20)));
        print(out, healthDataCoalition(), advisor.assessConflict(healthDataCoalition(), dataOwnershipConflict(), LocalDate.of(2024, 7, 11)));
        Coalition alliance = financialAlliance();
        CreditLedger ledger = financialLedger();
        LocalDate decided = LocalDate.of(2023, 9, 1);
        ConflictAssessment risk = advisor.assessConflict(alliance, riskConflict(), decided, ledger);
        print(out, alliance, risk);
        risk.dignifiedDivergence().ifPresent(d -> {
            Divergence.Result after = advisor.applyDivergence(alliance, ledger, d, decided);
            out.println("  after the divergence: " + after.coalition().size() + " members, steering body "
                    + after.coalition().steeringBody() + ", balances " + after.ledger().balances() + ", "
                    + after.ledger().size() + " ledger entries (none lost)");
        });
    }

    private static void print(PrintStream out, Coalition coalition, ConflictAssessment a) {
        out.println("=== " + coalition.name() + ": conflict \"" + a.id() + "\" ===");
        a.types().forEach(t -> out.println("  " + t.role() + " " + t.type() + " because " + t.because()));
        out.println("  stage " + a.stage() + " (" + a.level() + "), interventions " + a.interventions()
                + (a.externalFacilitatorRequired() ? ", external facilitator required" : ""));
        out.println("  next step: " + (a.nextStep() == null ? "none" : a.nextStep().step() + ", owned by " + a.nextStep().owner()
                + ", due " + a.nextStep().dueOn()));
        a.mediators().forEach(m -> out.println("  mediator #" + m.rank() + " " + m.id() + (m.external() ? " (external)" : "")
                + ": " + String.join(" ", m.reasons())));
        out.println("  " + a.resolvability().value() + ": " + String.join(" ", a.resolvability().reasons()));
        a.dignifiedDivergence().ifPresent(d -> out.println("  divergence: " + d.leaving() + " leaves, grace until "
                + d.plan().graceUntil() + ", " + d.plan().creditsEarned() + " credits recognised, " + d.plan().settlement()
                + " settled; steering body after " + d.plan().steeringBodyAfter()));
        a.findings().forEach(f -> out.println("  " + f.severity() + " " + f.id() + ": " + f.reason()));
    }
}
