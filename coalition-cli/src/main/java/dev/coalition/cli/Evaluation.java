package dev.coalition.cli;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.CommunicationAdvice;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.HealthAdvice;
import dev.coalition.rules.api.InformationAdvice;
import dev.coalition.rules.api.ReadinessAdvice;
import dev.coalition.rules.api.PartnerAssessment;
import dev.coalition.rules.api.ProposalAdvice;
import dev.coalition.rules.api.VotingAdvice;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code coalition evaluate} decides for a document: the governance recommendation, and the
 * distribution, voting power, conflict assessments, alliance health and formation readiness the
 * document asks for, and where its proposals stand. The JSON answer
 * ({@link RecommendationDocument}) and the readable account ({@link RecommendationText}) are both
 * written from it.
 *
 * @param coalition    the coalition the document describes
 * @param governance   the explained governance recommendation
 * @param distribution the distribution, or {@code null} when none was asked for
 * @param voting       the voting power, or {@code null} when none was asked for
 * @param conflicts    the conflict assessments in document order, or {@code null} when no conflicts were given
 * @param assessment   the partner assessment, or {@code null} when no candidates were given
 * @param health       the alliance-health diagnosis, or {@code null} when no health assessments were given
 * @param readiness    the formation readiness, or {@code null} when no formation was given
 * @param information  who sees each item of information, or {@code null} when no information section was given
 * @param proposals    where each proposal stands, in document order, or {@code null} when no proposals were given
 * @param communication the communication plan checked or proposed, or {@code null} when no communication section was given
 * @param life         the renewal review, the membership changes and the timeline replayed, each asked for or not
 */
record Evaluation(Coalition coalition, GovernanceRecommendation governance, DistributionAdvice distribution,
                  VotingAdvice voting, List<ConflictAssessment> conflicts, PartnerAssessment assessment, HealthAdvice health,
                  ReadinessAdvice readiness, InformationAdvice information,
                  List<ProposalAdvice> proposals, CommunicationAdvice communication, LifeAnswers life) {

    Evaluation {
        conflicts = conflicts == null ? null : List.copyOf(conflicts);
        proposals = proposals == null ? null : List.copyOf(proposals);
    }

    /**
     * Refuses a document that cannot be evaluated whatever the policy: one without a valid
     * coalition, or with problems and no section left to check with an advisor.
     *
     * @throws UserError with every problem of the document, in document order
     */
    static void requireEvaluable(CoalitionDocument.Reading reading) {
        boolean nothingMoreToCheck = reading.distribution() == null && reading.voting() == null
                && reading.conflicts() == null && reading.proposals() == null && reading.communication() == null
                && reading.life().membershipChanges() == null;
        if (reading.coalition() == null || !reading.problems().isEmpty() && nothingMoreToCheck) {
            throw reading.failure(List.of());
        }
    }

    /**
     * Evaluates a document read without problems that keep it from being evaluated
     * ({@link #requireEvaluable}) with the given advisor.
     *
     * @throws UserError with every problem of the document and those the advisor finds in its
     *                   sections, in document order
     */
    static Evaluation of(CoalitionAdvisor advisor, CoalitionDocument.Reading reading, InputLimits limits) {
        requireEvaluable(reading);
        Coalition coalition = reading.coalition();
        List<Problem> problems = new ArrayList<>();
        DistributionAdvice distribution = reading.distribution() == null ? null
                : ValueAnalyses.distribute(advisor, coalition, reading.distribution(), problems);
        VotingAdvice voting = reading.voting() == null ? null
                : ValueAnalyses.votingPower(advisor, coalition, reading.voting(), limits, problems);
        if (reading.conflicts() != null) {
            ConflictAnalyses.check(advisor, coalition, reading.conflicts(), reading::reportedWithin, problems);
        }
        List<dev.coalition.assessment.Candidate> candidates = CandidateSections.read(reading.json().root(), problems);
        GovernanceRecommendation governance = advisor.recommendGovernance(coalition);
        List<ProposalAdvice> proposals = reading.proposals() == null || reading.asOf() == null ? null
                : ProposalAnalyses.decide(advisor, coalition, governance, reading.proposals(), reading.asOf(),
                        reading::reportedWithin, problems);
        CommunicationAdvice communication = reading.communication() == null ? null
                : CommunicationSection.plan(advisor, coalition, governance, reading.communication(), reading::reportedWithin,
                        problems);
        LifeAnswers life = LifeAnalyses.answer(advisor, reading, candidates, problems);
        if (!reading.problems().isEmpty() || !problems.isEmpty()) {
            throw reading.failure(problems);
        }
        List<ConflictAssessment> conflicts = reading.conflicts() == null ? null
                : ConflictAnalyses.assess(advisor, coalition, reading.conflicts());
        PartnerAssessment assessment = candidates == null ? null : advisor.assessPartners(candidates);
        HealthAdvice health = reading.health() == null ? null : advisor.assessHealth(reading.health(), reading.asOf());
        ReadinessAdvice readiness = reading.formation() == null ? null
                : advisor.formationReadiness(reading.formation(), reading.asOf());
        InformationAdvice information = reading.information() == null ? null
                : advisor.shareInformation(coalition, reading.information());
        return new Evaluation(coalition, governance, distribution, voting, conflicts, assessment, health, readiness,
                information, proposals, communication, life);
    }

    /** The JSON answer, as {@code coalition evaluate} prints it. */
    String json(CoalitionAdvisor advisor) {
        return RecommendationDocument.write(advisor, governance, distribution, voting, conflicts, assessment, health, readiness,
                information, proposals, communication, life);
    }
}
