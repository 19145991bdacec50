package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coalition.conflict.Divergence;
import dev.coalition.governance.Contingency;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.health.Pillar;
import dev.coalition.lifecycle.FormationStep;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.CommunicationAdvice;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DivisionStability;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.FitEntry;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.HealthAdvice;
import dev.coalition.rules.api.InformationAdvice;
import dev.coalition.rules.api.ReadinessAdvice;
import dev.coalition.rules.api.PartnerAssessment;
import dev.coalition.rules.api.ProposalAdvice;
import dev.coalition.rules.api.Safeguard;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.value.Allocation;
import dev.coalition.value.Fraction;
import dev.coalition.value.stability.BlockingCoalition;
import dev.coalition.value.ShapleyValues;
import dev.coalition.voting.VotingPower;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The result document of {@code coalition evaluate}:
 * {@code {"schemaVersion", "provenance": {"library", "policyHash", "settings"}, "governance": {"mode",
 * "lead", "fit", "domains", "safeguards", "findings", "explanation"}, "distribution"?: {"policy",
 * "shares", "exactShares", "guarantee", "approximation"?, "stability"?: {"inCore", "blockingCoalitions":
 * [{"members", "value", "received", "gain"}], "epsilon", "nucleolus"}, "findings", "explanation"}, "votingPower"?:
 * {"banzhaf", "banzhafRaw", "shapleyShubik", "banzhafDecimal", "shapleyShubikDecimal", "vetoPlayers",
 * "nullPlayers", "findings", "explanation"}, "conflicts"?: [{"id", "types": [{"type", "role",
 * "because"}], "stage", "level", "interventions", "externalFacilitatorRequired", "nextStep": {"step",
 * "owner", "timeBoxDays", "dueOn", "reason"} | null, "mediators": [{"id", "external", "rank",
 * "reasons"}], "resolvability": {"value", "reasons"}, "divergence": {"leaving", "proposed", "reasons",
 * "graceUntil", "creditsRecognised", "settlement", "seatHandedTo", "steeringBodyAfter", "votingSharesAfter"} | null,
 * "findings", "explanation"}], "assessment"?: {"candidates", "matrix", "pairs", "coalitionFit", "weakestPair",
 * "spread", "flags", "unservedWants", "composition", "compositionSearch", "explanation"} ({@link AssessmentJson}),
 * "health"?: {"latest": {PILLAR: score}, "status", "trend": {PILLAR: change},
 * "interventions": [{"pillar", "id", "reason"}], "findings", "explanation"}, "readiness"?: {"ready",
 * "missing", "formationWeeks", "findings", "explanation"}, "information"?: {"access": [{"item", "members",
 * "rule"}], "asymmetry": [{"member", "sees", "peerMedian", "peers"}], "findings", "explanation"}, "proposals"?:
 * [{"id", "routedTo", "outcome", ...}] ({@link ProposalJson}), "communication"?: {"plan", "proposed", "meetingShare",
 * "findings", "explanation"} ({@link CommunicationJson}), "lifecycle"?, "membership"?, "timeline"? ({@link LifeJson})},
 * keys in that order; "distribution", "votingPower", "conflicts", "assessment", "health", "readiness", "information",
 * "proposals", "communication", "lifecycle", "membership" and "timeline" only when the document asks for them,
 * conflicts in the document's order. Members appear in the
 * order of the document's members.
 * Shares are decimal strings with the currency's digits (whole numbers for credits); exact shares
 * and power indices are exact fractions {@code "p/q"} (exact shares in the currency's major unit);
 * the decimal indices are rounded to four places.
 */
final class RecommendationDocument {

    /** The version of the result document's format. */
    static final String SCHEMA_VERSION = "1";

    private RecommendationDocument() {
    }

    /** The document for a recommendation made by an advisor, as text ending with a newline. */
    static String write(CoalitionAdvisor advisor, GovernanceRecommendation recommendation) {
        return write(advisor, recommendation, null, null);
    }

    /**
     * The document for a recommendation, a distribution and voting power made by an advisor, as
     * text ending with a newline.
     *
     * @param distribution the distribution, or {@code null} when none was asked for
     * @param voting       the voting power, or {@code null} when none was asked for
     */
    static String write(CoalitionAdvisor advisor, GovernanceRecommendation recommendation, DistributionAdvice distribution,
                        VotingAdvice voting) {
        return write(advisor, recommendation, distribution, voting, null);
    }

    /**
     * The document for a recommendation, a distribution, voting power and conflict assessments
     * made by an advisor, as text ending with a newline.
     *
     * @param distribution the distribution, or {@code null} when none was asked for
     * @param voting       the voting power, or {@code null} when none was asked for
     * @param conflicts    the conflict assessments in document order, or {@code null} when no conflicts were given
     */
    static String write(CoalitionAdvisor advisor, GovernanceRecommendation recommendation, DistributionAdvice distribution,
                        VotingAdvice voting, List<ConflictAssessment> conflicts) {
        return write(advisor, recommendation, distribution, voting, conflicts, null, null, null);
    }

    /**
     * The document for everything {@code coalition evaluate} decides, as {@code coalition evaluate}
     * writes it: text ending with a newline.
     *
     * @param assessment the partner assessment, or {@code null} when no candidates were given
     * @param health     the alliance-health diagnosis, or {@code null} when none was asked for
     * @param readiness  the formation readiness, or {@code null} when none was asked for
     */
    static String write(CoalitionAdvisor advisor, GovernanceRecommendation recommendation, DistributionAdvice distribution,
                        VotingAdvice voting, List<ConflictAssessment> conflicts, PartnerAssessment assessment,
                        HealthAdvice health, ReadinessAdvice readiness) {
        return write(advisor, recommendation, distribution, voting, conflicts, assessment, health, readiness, null, null);
    }

    /**
     * The document for everything {@code coalition evaluate} decides, with who sees each item of
     * information and where each proposal stands, as {@code coalition evaluate} writes it: text ending with a newline.
     *
     * @param information who sees each item of information, or {@code null} when none was asked for
     * @param proposals   where each proposal stands, or {@code null} when none were given
     */
    static String write(CoalitionAdvisor advisor, GovernanceRecommendation recommendation, DistributionAdvice distribution,
                        VotingAdvice voting, List<ConflictAssessment> conflicts, PartnerAssessment assessment,
                        HealthAdvice health, ReadinessAdvice readiness, InformationAdvice information,
                        List<ProposalAdvice> proposals) {
        return write(advisor, recommendation, distribution, voting, conflicts, assessment, health, readiness, information,
                proposals, null, LifeAnswers.NONE);
    }

    /**
     * The document for everything {@code coalition evaluate} decides, with the communication plan
     * checked or proposed and the coalition's life (the renewal review, the membership changes and
     * the timeline replayed, {@link LifeJson}), as {@code coalition evaluate} writes it: text ending
     * with a newline.
     *
     * @param communication the communication plan, or {@code null} when none was asked for
     * @param life          the renewal review, the membership changes and the timeline replayed, each asked for or not
     */
    static String write(CoalitionAdvisor advisor, GovernanceRecommendation recommendation, DistributionAdvice distribution,
                        VotingAdvice voting, List<ConflictAssessment> conflicts, PartnerAssessment assessment,
                        HealthAdvice health, ReadinessAdvice readiness, InformationAdvice information,
                        List<ProposalAdvice> proposals, CommunicationAdvice communication, LifeAnswers life) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeStringField("schemaVersion", SCHEMA_VERSION);
            json.writeFieldName("provenance");
            provenance(json, advisor);
            json.writeFieldName("governance");
            governance(json, recommendation);
            if (distribution != null) {
                json.writeFieldName("distribution");
                distribution(json, distribution);
            }
            if (voting != null) {
                json.writeFieldName("votingPower");
                votingPower(json, voting);
            }
            if (conflicts != null) {
                json.writeArrayFieldStart("conflicts");
                for (ConflictAssessment conflict : conflicts) {
                    conflict(json, conflict);
                }
                json.writeEndArray();
            }
            if (assessment != null) {
                json.writeFieldName("assessment");
                AssessmentJson.write(json, assessment);
            }
            if (health != null) {
                json.writeFieldName("health");
                health(json, health);
            }
            if (readiness != null) {
                json.writeFieldName("readiness");
                readiness(json, readiness);
            }
            if (information != null) {
                json.writeFieldName("information");
                information(json, information);
            }
            if (proposals != null) {
                json.writeFieldName("proposals");
                ProposalJson.write(json, proposals);
            }
            if (communication != null) {
                json.writeFieldName("communication");
                CommunicationJson.write(json, communication);
            }
            LifeJson.write(json, life);
            json.writeEndObject();
        });
    }

    private static void health(JsonGenerator json, HealthAdvice advice) throws IOException {
        json.writeStartObject();
        pillars(json, "latest", advice.latest());
        json.writeStringField("status", advice.status().name());
        pillars(json, "trend", advice.trend());
        json.writeArrayFieldStart("interventions");
        for (HealthAdvice.Intervention intervention : advice.interventions()) {
            json.writeStartObject();
            json.writeStringField("pillar", intervention.pillar().name());
            json.writeStringField("id", intervention.id());
            json.writeStringField("reason", intervention.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        findings(json, advice.findings());
        explanation(json, advice.explanation());
        json.writeEndObject();
    }

    private static void pillars(JsonGenerator json, String name, Map<Pillar, Fraction> scores) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<Pillar, Fraction> score : scores.entrySet()) {
            json.writeStringField(score.getKey().name(), score.getValue().toString());
        }
        json.writeEndObject();
    }

    private static void readiness(JsonGenerator json, ReadinessAdvice advice) throws IOException {
        json.writeStartObject();
        json.writeBooleanField("ready", advice.ready());
        json.writeArrayFieldStart("missing");
        for (FormationStep step : advice.missing()) {
            json.writeString(step.name());
        }
        json.writeEndArray();
        json.writeNumberField("formationWeeks", advice.formationWeeks());
        findings(json, advice.findings());
        explanation(json, advice.explanation());
        json.writeEndObject();
    }

    private static void information(JsonGenerator json, InformationAdvice advice) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("access");
        for (InformationAdvice.Access access : advice.access()) {
            json.writeStartObject();
            json.writeStringField("item", access.item());
            JsonOutput.strings(json, "members", access.members());
            json.writeStringField("rule", access.rule());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("asymmetry");
        for (InformationAdvice.Asymmetry reach : advice.asymmetry()) {
            json.writeStartObject();
            json.writeStringField("member", reach.member());
            json.writeNumberField("sees", reach.sees());
            json.writeStringField("peerMedian", reach.peerMedian().toString());
            json.writeStringField("peers", reach.peers());
            json.writeEndObject();
        }
        json.writeEndArray();
        findings(json, advice.findings());
        explanation(json, advice.explanation());
        json.writeEndObject();
    }

    private static void provenance(JsonGenerator json, CoalitionAdvisor advisor) throws IOException {
        json.writeStartObject();
        json.writeStringField("library", CoalitionAdvisor.libraryVersion());
        json.writeStringField("policyHash", advisor.policyHash());
        json.writeFieldName("settings");
        SettingValues.writeAll(json, advisor.settings());
        json.writeEndObject();
    }

    static void governance(JsonGenerator json, GovernanceRecommendation r) throws IOException {
        json.writeStartObject();
        json.writeStringField("mode", r.mode().name());
        json.writeStringField("lead", r.lead());
        json.writeArrayFieldStart("fit");
        for (FitEntry entry : r.fit()) {
            fit(json, entry);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("domains");
        for (Map.Entry<DecisionDomain, GovernanceMode> domain : r.domains().entrySet()) {
            json.writeStringField(domain.getKey().name(), domain.getValue().name());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("safeguards");
        for (Safeguard safeguard : r.safeguards()) {
            json.writeStartObject();
            json.writeStringField("id", safeguard.id());
            json.writeFieldName("parameters");
            JsonValues.object(json, safeguard.parameters());
            json.writeStringField("reason", safeguard.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        findings(json, r.findings());
        explanation(json, r.explanation());
        json.writeEndObject();
    }

    private static void distribution(JsonGenerator json, DistributionAdvice advice) throws IOException {
        Allocation allocation = advice.allocation();
        json.writeStartObject();
        json.writeStringField("policy", advice.policy());
        json.writeObjectFieldStart("shares");
        for (String member : allocation.paidOut().keySet()) {
            json.writeStringField(member, allocation.formatted(member));
        }
        json.writeEndObject();
        json.writeObjectFieldStart("exactShares");
        for (Map.Entry<String, Fraction> share : allocation.exactShares().entrySet()) {
            json.writeStringField(share.getKey(), allocation.amount().inMajorUnits(share.getValue()).toString());
        }
        json.writeEndObject();
        json.writeStringField("guarantee", allocation.guarantee().name());
        if (allocation.approximation().isPresent()) {
            ShapleyValues.Approximation a = allocation.approximation().get();
            json.writeObjectFieldStart("approximation");
            json.writeFieldName("epsilon");
            JsonValues.exact(json, a.epsilon());
            json.writeFieldName("delta");
            JsonValues.exact(json, a.delta());
            json.writeNumberField("permutations", a.permutations());
            json.writeNumberField("seed", a.seed());
            json.writeStringField("range", a.range() == null ? null : a.range().toString());
            json.writeEndObject();
        }
        if (advice.stability().isPresent()) {
            json.writeFieldName("stability");
            stability(json, advice.stability().get());
        }
        findings(json, advice.findings());
        explanation(json, advice.explanation());
        json.writeEndObject();
    }

    private static void stability(JsonGenerator json, DivisionStability s) throws IOException {
        json.writeStartObject();
        json.writeBooleanField("inCore", s.inCore());
        json.writeArrayFieldStart("blockingCoalitions");
        for (BlockingCoalition b : s.blockingCoalitions()) {
            json.writeStartObject();
            JsonOutput.strings(json, "members", b.members());
            json.writeStringField("value", b.value().toString());
            json.writeStringField("received", b.received().toString());
            json.writeStringField("gain", b.gain().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("epsilon", s.epsilon().map(Fraction::toString).orElse(null));
        if (s.nucleolus().isPresent()) {
            exactIndex(json, "nucleolus", s.nucleolus().get());
        } else {
            json.writeNullField("nucleolus");
        }
        json.writeEndObject();
    }

    static void votingPower(JsonGenerator json, VotingAdvice advice) throws IOException {
        VotingPower power = advice.power();
        json.writeStartObject();
        exactIndex(json, "banzhaf", power.banzhaf());
        exactIndex(json, "banzhafRaw", power.banzhafRaw());
        exactIndex(json, "shapleyShubik", power.shapleyShubik());
        decimalIndex(json, "banzhafDecimal", power.banzhaf());
        decimalIndex(json, "shapleyShubikDecimal", power.shapleyShubik());
        JsonOutput.strings(json, "vetoPlayers", power.vetoPlayers());
        JsonOutput.strings(json, "nullPlayers", power.nullPlayers());
        findings(json, advice.findings());
        explanation(json, advice.explanation());
        json.writeEndObject();
    }

    private static void conflict(JsonGenerator json, ConflictAssessment a) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", a.id());
        json.writeArrayFieldStart("types");
        for (ConflictAssessment.TypeAssessment type : a.types()) {
            json.writeStartObject();
            json.writeStringField("type", type.type().name());
            json.writeStringField("role", type.role());
            JsonOutput.strings(json, "because", type.because());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("stage", a.stage());
        json.writeStringField("level", a.level());
        JsonOutput.strings(json, "interventions", a.interventions().stream().map(Enum::name).toList());
        json.writeBooleanField("externalFacilitatorRequired", a.externalFacilitatorRequired());
        json.writeFieldName("nextStep");
        ConflictAssessment.NextStepAdvice next = a.nextStep();
        if (next == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("step", next.step().name());
            json.writeStringField("owner", next.owner());
            json.writeNumberField("timeBoxDays", next.timeBoxDays());
            json.writeStringField("dueOn", next.dueOn() == null ? null : next.dueOn().toString());
            json.writeStringField("reason", next.reason());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("mediators");
        for (ConflictAssessment.MediatorAdvice mediator : a.mediators()) {
            json.writeStartObject();
            json.writeStringField("id", mediator.id());
            json.writeBooleanField("external", mediator.external());
            json.writeNumberField("rank", mediator.rank());
            JsonOutput.strings(json, "reasons", mediator.reasons());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("resolvability");
        json.writeStringField("value", a.resolvability().value().name());
        JsonOutput.strings(json, "reasons", a.resolvability().reasons());
        json.writeEndObject();
        json.writeFieldName("divergence");
        divergence(json, a.divergence());
        findings(json, a.findings());
        explanation(json, a.explanation());
        json.writeEndObject();
    }

    private static void divergence(JsonGenerator json, ConflictAssessment.DivergenceAdvice d) throws IOException {
        if (d == null) {
            json.writeNull();
            return;
        }
        Divergence plan = d.plan();
        json.writeStartObject();
        json.writeStringField("leaving", d.leaving());
        json.writeBooleanField("proposed", d.proposed());
        JsonOutput.strings(json, "reasons", d.reasons());
        json.writeStringField("graceUntil", plan.graceUntil().toString());
        json.writeNumberField("creditsRecognised", plan.creditsEarned());
        json.writeNumberField("settlement", plan.settlement());
        json.writeStringField("seatHandedTo", plan.seatHandedTo().orElse(null));
        JsonOutput.strings(json, "steeringBodyAfter", plan.steeringBodyAfter());
        json.writeObjectFieldStart("votingSharesAfter");
        for (java.util.Map.Entry<String, dev.coalition.value.Fraction> share : plan.votingSharesAfter().entrySet()) {
            json.writeStringField(share.getKey(), share.getValue().toString());
        }
        json.writeEndObject();
        json.writeEndObject();
    }


    private static void exactIndex(JsonGenerator json, String name, Map<String, Fraction> index) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Fraction> entry : index.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue().toString());
        }
        json.writeEndObject();
    }

    private static void decimalIndex(JsonGenerator json, String name, Map<String, Fraction> index) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Fraction> entry : index.entrySet()) {
            json.writeFieldName(entry.getKey());
            JsonValues.figure(json, entry.getValue().doubleValue());
        }
        json.writeEndObject();
    }


    static void findings(JsonGenerator json, List<Finding> findings) throws IOException {
        json.writeArrayFieldStart("findings");
        for (Finding finding : findings) {
            json.writeStartObject();
            json.writeStringField("id", finding.id());
            json.writeStringField("severity", finding.severity().name());
            json.writeStringField("subject", finding.subject());
            json.writeStringField("reason", finding.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void explanation(JsonGenerator json, List<ExplanationStep> steps) throws IOException {
        json.writeArrayFieldStart("explanation");
        for (ExplanationStep step : steps) {
            json.writeStartObject();
            json.writeStringField("rule", step.rule());
            json.writeStringField("reason", step.reason());
            json.writeFieldName("inputs");
            JsonValues.object(json, step.inputs());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void fit(JsonGenerator json, FitEntry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("contingency", entry.contingency().name());
        json.writeFieldName("value");
        JsonValues.figure(json, entry.value());
        if (entry.contingency() == Contingency.TRUST) {
            json.writeFieldName("centralization");
            if (entry.centralization() == null) {
                json.writeNull();
            } else {
                JsonValues.figure(json, entry.centralization());
            }
        }
        json.writeObjectFieldStart("wanted");
        json.writeFieldName("min");
        JsonValues.figure(json, entry.wanted().min());
        json.writeFieldName("max");
        if (entry.wanted().max() == null) {
            json.writeNull();
        } else {
            JsonValues.figure(json, entry.wanted().max());
        }
        json.writeEndObject();
        json.writeBooleanField("matched", entry.matched());
        json.writeStringField("reason", entry.reason());
        json.writeEndObject();
    }
}
