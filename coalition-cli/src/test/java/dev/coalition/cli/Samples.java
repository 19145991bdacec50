package dev.coalition.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.conflict.Conflict;
import dev.coalition.core.Coalition;
import dev.coalition.examples.ArticleCoalitions;
import dev.coalition.examples.CommunicationExamples;
import dev.coalition.examples.ConflictExamples;
import dev.coalition.examples.EvolutionExamples;
import dev.coalition.examples.LifecycleExamples;
import dev.coalition.examples.OperationsExamples;
import dev.coalition.examples.ValueExamples;
import dev.coalition.health.HealthAssessment;
import dev.coalition.lifecycle.Formation;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.HealthAdvice;
import dev.coalition.rules.api.ReadinessAdvice;
import dev.coalition.rules.api.VotingAdvice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sample documents of coalition-examples ({@code /samples/*.json} on the test classpath) and
 * their Java twins: the coalition, the distribution and voting analysis the document asks for, and
 * the conflicts it gives with the date to assess them as of.
 */
enum Samples {
    PANDEMIC_RESPONSE("pandemic-response.json", ArticleCoalitions::pandemicResponse, null, null),
    CYBERSECURITY("cybersecurity.json", ArticleCoalitions::cybersecurity, null, null),
    FOUNDING_GROUP("founding-group.json", ArticleCoalitions::foundingGroup, null, null),
    TECHNOLOGY_DISTRIBUTION("technology-distribution.json", ValueExamples::technologyCoalition,
            ValueTwins::technologyRevenue, new VotingRequest(51, null)),
    HEALTH_DATA_SHAPLEY("health-data-shapley.json", ValueTwins::healthDataConsortium,
            ValueTwins::healthDataSurplus, new VotingRequest(51, null)),
    JOINT_VENTURE_CORE("joint-venture-core.json", ValueExamples::jointVenture, ValueExamples::jointVentureSurplus,
            new VotingRequest(51, null)),
    CONFLICT_IP_RIGHTS("conflict-ip-rights.json", LocalDate.of(2023, 4, 20), ConflictExamples::standardsCoalition,
            () -> List.of(ConflictExamples.ipConflict())),
    CONFLICT_DATA_OWNERSHIP("conflict-data-ownership.json", LocalDate.of(2024, 7, 11), ConflictExamples::healthDataCoalition,
            () -> List.of(ConflictExamples.dataOwnershipConflict())),
    CONFLICT_DIVERGENCE("conflict-divergence.json", LocalDate.of(2023, 9, 1), ConflictExamples::financialAlliance,
            () -> List.of(ConflictExamples.riskConflict())),
    MANUFACTURING_HEALTH("manufacturing-health.json", LifecycleExamples.MANUFACTURING_AS_OF,
            LifecycleExamples::manufacturingCoalition, new Lifecycle(LifecycleExamples::manufacturingHealth, null)),
    FINTECH_FORMATION("fintech-formation.json", LifecycleExamples.FINTECH_AS_OF,
            LifecycleExamples::fintechCoalition, new Lifecycle(null, LifecycleExamples::fintechFormation)),
    RETAIL_TWELVE_FIRMS("retail-twelve-firms.json", dev.coalition.examples.AssessmentExamples::retailTwelveFirms, null, null),
    RETAIL_TWELVE_FIRMS_AFTER("retail-twelve-firms-after.json", dev.coalition.examples.AssessmentExamples::retailAfter, null, null),
    INFORMATION_TIERS("information-tiers.json", InformationTwins::network, null, null),
    ENVIRONMENTAL_PROPOSALS("environmental-proposals.json", OperationsExamples::environmentalCoalition, null, null),
    TECHNOLOGY_COMMUNICATION("technology-communication.json", CommunicationExamples::technologyCoalition, null, null),
    DIGITAL_TRANSFORMATION_MEMBERSHIP("digital-transformation-membership.json", EvolutionExamples::digitalTransformation,
            EvolutionExamples::digitalTransformationReturns, new VotingRequest(EvolutionExamples.DIGITAL_QUOTA, null),
            () -> List.of(EvolutionExamples.dataResidencyConflict()), LifeTwins.DIGITAL_AS_OF,
            new Lifecycle(EvolutionExamples::digitalTransformationHealth, null)),
    MANUFACTURING_EVOLUTIONS_TIMELINE("manufacturing-evolutions-timeline.json", LifeTwins::manufacturingToday, null, null);

    /**
     * The lifecycle sections a document gives, built in Java.
     *
     * @param health    its health assessments, or {@code null}
     * @param formation its formation, or {@code null}
     */
    record Lifecycle(Supplier<List<HealthAssessment>> health, Supplier<Formation> formation) {
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final String file;
    private final Supplier<Coalition> javaTwin;
    private final Supplier<DistributionRequest> distribution;
    private final VotingRequest voting;
    private final Supplier<List<Conflict>> conflicts;
    private final LocalDate asOf;
    private final Lifecycle lifecycle;

    Samples(String file, Supplier<Coalition> javaTwin, Supplier<DistributionRequest> distribution, VotingRequest voting) {
        this(file, javaTwin, distribution, voting, null, null);
    }

    Samples(String file, LocalDate asOf, Supplier<Coalition> javaTwin, Supplier<List<Conflict>> conflicts) {
        this(file, javaTwin, null, null, conflicts, asOf);
    }

    Samples(String file, LocalDate asOf, Supplier<Coalition> javaTwin, Lifecycle lifecycle) {
        this(file, javaTwin, null, null, null, asOf, lifecycle);
    }

    Samples(String file, Supplier<Coalition> javaTwin, Supplier<DistributionRequest> distribution, VotingRequest voting,
            Supplier<List<Conflict>> conflicts, LocalDate asOf) {
        this(file, javaTwin, distribution, voting, conflicts, asOf, null);
    }

    Samples(String file, Supplier<Coalition> javaTwin, Supplier<DistributionRequest> distribution, VotingRequest voting,
            Supplier<List<Conflict>> conflicts, LocalDate asOf, Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
        this.file = file;
        this.javaTwin = javaTwin;
        this.distribution = distribution;
        this.voting = voting;
        this.conflicts = conflicts;
        this.asOf = asOf;
    }

    /** The classpath resource name, e.g. {@code /samples/cybersecurity.json}. */
    String resource() {
        return "/samples/" + file;
    }

    /** The document's bytes. */
    byte[] bytes() {
        try (InputStream in = Samples.class.getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException(resource() + " is not on the test classpath (coalition-examples)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's text. */
    String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** A fresh, mutable tree of the document. */
    ObjectNode tree() {
        try {
            return (ObjectNode) MAPPER.readTree(bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same coalition built in Java by {@link ArticleCoalitions}, {@link ValueExamples} or {@link ConflictExamples}. */
    Coalition javaTwin() {
        return javaTwin.get();
    }

    /** The distribution the document asks for, built in Java; null when it asks for none. */
    DistributionRequest distribution() {
        return distribution == null ? null : distribution.get();
    }

    /** The voting-power analysis the document asks for; null when it asks for none. */
    VotingRequest voting() {
        return voting;
    }

    /** Whether the document has a distribution or voting section. */
    boolean asksForValue() {
        return distribution != null || voting != null;
    }

    /** The conflicts the document gives, built in Java; null when it gives none. */
    List<Conflict> conflicts() {
        return conflicts == null ? null : conflicts.get();
    }

    /** The date the document assesses its conflicts as of; null when it gives none. */
    LocalDate asOf() {
        return asOf;
    }

    /** Whether the document gives health assessments. */
    boolean asksForHealth() {
        return lifecycle != null && lifecycle.health() != null;
    }

    /** Whether the document gives a formation. */
    boolean asksForFormation() {
        return lifecycle != null && lifecycle.formation() != null;
    }

    /** Whether the document gives conflicts. */
    boolean asksForConflicts() {
        return conflicts != null;
    }

    /** What the Java facade gives for the document's conflicts; null when it gives none. */
    List<ConflictAssessment> expectedConflicts(CoalitionAdvisor advisor) {
        if (conflicts == null) {
            return null;
        }
        Coalition coalition = javaTwin();
        return conflicts().stream().map(c -> advisor.assessConflict(coalition, c, asOf)).toList();
    }

    /** What the Java facade gives for the Java twins, written as {@code coalition evaluate} writes its result. */
    String expectedOutput(CoalitionAdvisor advisor) {
        Coalition coalition = javaTwin();
        DistributionAdvice distributionAdvice = distribution == null ? null : advisor.distribute(coalition, distribution());
        VotingAdvice votingAdvice = voting == null ? null : voting.weights() == null
                ? advisor.votingPower(coalition, voting.quota())
                : advisor.votingPower(coalition, voting.quota(), voting.weights());
        HealthAdvice health = lifecycle == null || lifecycle.health() == null ? null
                : advisor.assessHealth(lifecycle.health().get(), asOf);
        ReadinessAdvice readiness = lifecycle == null || lifecycle.formation() == null ? null
                : advisor.formationReadiness(lifecycle.formation().get(), asOf);
        dev.coalition.rules.api.InformationAdvice information = asksForInformation()
                ? advisor.shareInformation(coalition, InformationTwins.plan()) : null;
        return RecommendationDocument.write(advisor, advisor.recommendGovernance(coalition), distributionAdvice, votingAdvice,
                expectedConflicts(advisor), expectedAssessment(advisor), health, readiness, information,
                expectedProposals(advisor), asksForCommunication()
                        ? advisor.planCommunication(coalition, CommunicationExamples.layeredPlan()) : null,
                expectedLife(advisor));
    }

    /** What the document asks about the coalition's life, answered for the Java twins; nothing for the other samples. */
    private LifeAnswers expectedLife(CoalitionAdvisor advisor) {
        return switch (this) {
            case DIGITAL_TRANSFORMATION_MEMBERSHIP -> LifeTwins.digitalAnswers(advisor);
            case MANUFACTURING_EVOLUTIONS_TIMELINE -> LifeTwins.manufacturingAnswers(advisor);
            default -> LifeAnswers.NONE;
        };
    }

    /** Whether the document asks about the coalition's life: a lifecycle section, membership changes or a timeline. */
    boolean asksForLife() {
        return this == DIGITAL_TRANSFORMATION_MEMBERSHIP || this == MANUFACTURING_EVOLUTIONS_TIMELINE;
    }

    /** Where the document's proposals stand, decided with the Java twin's proposals; null when it gives none. */
    private List<dev.coalition.rules.api.ProposalAdvice> expectedProposals(CoalitionAdvisor advisor) {
        return asksForProposals() ? advisor.decideProposals(javaTwin(), OperationsExamples.environmentalProposals(),
                OperationsExamples.environmentalAsOf()) : null;
    }

    /** Whether the document gives proposals. */
    boolean asksForProposals() {
        return this == ENVIRONMENTAL_PROPOSALS;
    }

    /** The partner assessment the document asks for, made with the Java twin's candidates; null when it gives none. */
    private dev.coalition.rules.api.PartnerAssessment expectedAssessment(CoalitionAdvisor advisor) {
        return switch (this) {
            case RETAIL_TWELVE_FIRMS -> advisor.assessPartners(dev.coalition.examples.AssessmentExamples.retailCandidates());
            case RETAIL_TWELVE_FIRMS_AFTER -> advisor.assessPartners(dev.coalition.examples.AssessmentExamples.retailCandidatesAfter());
            case DIGITAL_TRANSFORMATION_MEMBERSHIP -> advisor.assessPartners(EvolutionExamples.digitalTransformationProfiles());
            default -> null;
        };
    }

    /** Whether the document gives candidates to assess. */
    boolean asksForAssessment() {
        return this == RETAIL_TWELVE_FIRMS || this == RETAIL_TWELVE_FIRMS_AFTER || this == DIGITAL_TRANSFORMATION_MEMBERSHIP;
    }

    /** Whether the document gives a communication plan. */
    boolean asksForCommunication() {
        return this == TECHNOLOGY_COMMUNICATION;
    }

    /** Whether the document gives an information section. */
    boolean asksForInformation() {
        return this == INFORMATION_TIERS;
    }

    static List<Samples> all() {
        return List.of(values());
    }

    /** The samples that give their members (all but those given by a timeline), for mutations of the members. */
    static List<Samples> withMembers() {
        return all().stream().filter(s -> s != MANUFACTURING_EVOLUTIONS_TIMELINE).toList();
    }

    /** A tree written back as JSON text. */
    static String json(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
