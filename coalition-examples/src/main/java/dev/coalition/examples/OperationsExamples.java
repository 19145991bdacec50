package dev.coalition.examples;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.proposal.CentralDecision;
import dev.coalition.proposal.Choice;
import dev.coalition.proposal.MemberInput;
import dev.coalition.proposal.Proposal;
import dev.coalition.proposal.Verdict;
import dev.coalition.proposal.Vote;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.ProposalAdvice;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The article's environmental coalition in operation: a hybrid structure whose technical and
 * operational decisions are taken centrally by a steering-body member and explained, the rationale
 * published within 48 hours (once on time, once late), and whose financial decisions the members
 * vote on (a quorum reached late extends the vote).
 */
public final class OperationsExamples {

    /** The day the environmental coalition's proposals are looked at (as of 00:00Z). */
    public static final LocalDate ENVIRONMENTAL_AS_OF = LocalDate.of(2024, 6, 1);

    private OperationsExamples() {
    }

    /** The river basin environmental coalition: NGOs, public agencies, businesses and a research institute. */
    public static Coalition environmentalCoalition() {
        return Coalition.builder("River basin environmental coalition")
                .formedOn(LocalDate.of(2023, 9, 4))
                .member(Member.builder("river-trust").name("River Trust").category("ngo").votingWeight(2)
                        .trusts("wildlife-fund", "eco-institute", "city-water"))
                .member(Member.builder("wildlife-fund").name("Wildlife Fund").category("ngo").votingWeight(1)
                        .trusts("river-trust", "eco-institute"))
                .member(Member.builder("city-water").name("City Water Utility").category("public-agency").votingWeight(2)
                        .trusts("river-trust", "county-council"))
                .member(Member.builder("county-council").name("County Council").category("public-agency").votingWeight(2)
                        .trusts("city-water", "agri-coop"))
                .member(Member.builder("agri-coop").name("Valley Farmers' Cooperative").category("business").votingWeight(1)
                        .trusts("county-council"))
                .member(Member.builder("chem-works").name("Delta Chemical Works").category("business").votingWeight(1)
                        .trusts("eco-institute"))
                .member(Member.builder("eco-institute").name("Institute for Freshwater Ecology").category("research")
                        .votingWeight(1).trusts("river-trust", "wildlife-fund", "chem-works"))
                .steeringBody("river-trust", "city-water", "agri-coop", "chem-works", "eco-institute")
                .context(new GovernanceContext(0.5, 0.55, 0.65, 0.8))
                .build();
    }

    /**
     * Its proposals in May 2024: a monitoring protocol approved centrally with its rationale on time,
     * a sampling schedule rejected centrally with its rationale late, and a restoration budget the
     * members voted on.
     */
    public static List<Proposal> environmentalProposals() {
        Proposal protocol = new Proposal("monitoring-protocol", DecisionDomain.TECHNICAL,
                "Adopt a shared water-quality monitoring protocol", at("2024-05-02T09:00:00Z"), at("2024-05-16T09:00:00Z"), null,
                List.of(), new CentralDecision("eco-institute", Verdict.APPROVED, at("2024-05-10T14:00:00Z"), at("2024-05-11T10:00:00Z")),
                List.of(new MemberInput("agri-coop", at("2024-05-06T08:00:00Z")),
                        new MemberInput("chem-works", at("2024-05-08T16:30:00Z")),
                        new MemberInput("wildlife-fund", at("2024-05-12T09:00:00Z"))));
        Proposal schedule = new Proposal("sampling-schedule", DecisionDomain.OPERATIONAL,
                "Move river sampling from monthly to weekly", at("2024-05-13T09:00:00Z"), at("2024-05-20T09:00:00Z"), null,
                List.of(), new CentralDecision("river-trust", Verdict.REJECTED, at("2024-05-20T09:00:00Z"), at("2024-05-23T12:00:00Z")),
                List.of(new MemberInput("county-council", at("2024-05-15T11:00:00Z"))));
        Proposal fund = new Proposal("restoration-fund", DecisionDomain.FINANCIAL,
                "Commit 40% of the 2024 budget to wetland restoration", at("2024-05-13T09:00:00Z"), at("2024-05-27T17:00:00Z"), null,
                List.of(new Vote("river-trust", Choice.FOR, at("2024-05-14T10:00:00Z")),
                        new Vote("wildlife-fund", Choice.FOR, at("2024-05-15T12:00:00Z")),
                        new Vote("agri-coop", Choice.AGAINST, at("2024-05-21T09:00:00Z")),
                        new Vote("county-council", Choice.ABSTAIN, at("2024-05-27T10:00:00Z")),
                        new Vote("eco-institute", Choice.FOR, at("2024-05-28T15:00:00Z"))),
                null, null);
        return List.of(protocol, schedule, fund);
    }

    /** The instant {@link #ENVIRONMENTAL_AS_OF} stands for: 00:00Z that day. */
    public static Instant environmentalAsOf() {
        return ENVIRONMENTAL_AS_OF.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    /** Prints where each of the environmental coalition's proposals stands. */
    public static void run(PrintStream out, CoalitionAdvisor advisor) {
        Coalition coalition = environmentalCoalition();
        out.println("=== " + coalition.name() + ": proposals as of " + ENVIRONMENTAL_AS_OF + " ===");
        for (ProposalAdvice p : advisor.decideProposals(coalition, environmentalProposals(), environmentalAsOf())) {
            out.println(p.id() + ": " + p.outcome() + " (" + p.routedTo() + ")"
                    + (p.frozen() == null ? "" : ", participation " + p.participation() + ", support " + p.support())
                    + (p.rationaleDue() == null ? "" : ", rationale due " + p.rationaleDue())
                    + "; findings " + p.findings().stream().map(Finding::id).toList());
        }
    }
}
