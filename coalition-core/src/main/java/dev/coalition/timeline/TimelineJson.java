package dev.coalition.timeline;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.JsonReader;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.health.Pillar;
import dev.coalition.health.PillarReading;
import dev.coalition.value.Fraction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@link Timeline} as JSON and reads it back, so that a host can store a coalition's
 * events (schema: {@code schema/coalition-timeline.schema.json}). {@code read(write(t))} equals
 * {@code t}. One event per line:
 * <pre>{"timeline": [
 *   {"type": "FORMED", "on": "2024-01-15", "name": "Regional innovation group",
 *    "members": [{"id": "acme", "name": "Acme", "category": "manufacturer", "votingWeight": 1,
 *                 "trusts": ["bolt"], "expertise": []}, ...],
 *    "steeringBody": ["acme"], "context": {"decisionUrgency": 0.2, "strategicStability": 0.3,
 *    "goalConsensus": 0.9, "networkCompetencyNeed": 0.2}},
 *   {"type": "MEMBER_ADMITTED", "on": "2024-03-01", "member": {...}, "trustedBy": ["acme"]},
 *   {"type": "MEMBER_DEPARTED", "on": "2024-09-01", "member": "bolt", "conflict": "data-ownership"},
 *   {"type": "STEERING_BODY_CHANGED", "on": "...", "seats": ["acme", "campus"]},
 *   {"type": "CONTEXT_CHANGED", "on": "...", "context": {...}},
 *   {"type": "CONFLICT_OPENED", "on": "...", "id": "data-ownership", "parties": ["acme", "bolt"],
 *    "subjects": ["decision-rights"], "behaviours": ["POLARIZED_DEBATE"], "importance": 0.7,
 *    "negativeEmotion": 0.3, "resolutionEfficacy": 0.8, "leaving": null},
 *   {"type": "CONFLICT_STEP", "on": "...", "conflict": "data-ownership", "step": "WORKING_GROUP", "outcome": "FAILED"},
 *   {"type": "RENEWAL_HELD", "on": "..."},
 *   {"type": "PROPOSAL_DECIDED", "on": "...", "proposal": "p-7", "domain": "TECHNICAL", "outcome": "PASSED"},
 *   {"type": "HEALTH_ASSESSED", "on": "...", "pillars": {"strategicAlignment": "17/20",
 *    "operationalInteroperability": "1/2", "relationalResilience": {"trust": "7/10", "fairness": "3/5"}}}
 * ]}</pre>
 * Days are {@code YYYY-MM-DD}; figures in 0..1 are JSON numbers, written as Java writes a
 * {@code double} so that they read back exactly; pillar scores are exact fractions ({@code "p/q"},
 * or a decimal when read). Optional fields: {@code steeringBody} and {@code trustedBy} (empty),
 * {@code conflict} and {@code leaving} ({@code null}), a member's {@code expertise} (empty).
 * Reading reports malformed JSON, an unknown field, a field of the wrong type and every problem
 * {@link Timeline#violations(List)} finds, each with its path ({@code timeline[2].member.trusts[0]}),
 * in one {@link InvalidCoalitionException}.
 */
public final class TimelineJson {

    private TimelineJson() {
    }

    /** The timeline as JSON, one event per line. */
    public static String write(Timeline timeline) {
        StringBuilder out = new StringBuilder("{\"timeline\": [");
        List<TimelineEvent> events = timeline.events();
        for (int i = 0; i < events.size(); i++) {
            out.append(i == 0 ? "\n  " : ",\n  ").append(event(events.get(i)));
        }
        return out.append("\n]}\n").toString();
    }

    /**
     * Reads a timeline written by {@link #write} (or by hand, in the same format).
     *
     * @throws InvalidCoalitionException for malformed JSON or any problem, naming where
     */
    public static Timeline read(String json) {
        Object root;
        try {
            root = JsonReader.read(json);
        } catch (IllegalArgumentException e) {
            throw new InvalidCoalitionException(List.of(new Violation("", e.getMessage())));
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("timeline") instanceof List<?> list)) {
            throw new InvalidCoalitionException(List.of(new Violation("timeline",
                    "is required: a list of events, starting with {\"type\": \"FORMED\", ...}")));
        }
        List<Violation> problems = new ArrayList<>();
        for (Object key : map.keySet()) {
            if (!"timeline".equals(key)) {
                problems.add(new Violation(String.valueOf(key), "unknown field; a timeline document has only \"timeline\""));
            }
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            events.add(EventReader.read(list.get(i), "timeline[" + i + "]", problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        return new Timeline(events);
    }

    private static String event(TimelineEvent event) {
        StringBuilder out = new StringBuilder("{\"type\": ").append(text(event.type()))
                .append(", \"on\": ").append(text(event.on().toString()));
        if (event instanceof TimelineEvent.Formed e) {
            out.append(", \"name\": ").append(text(e.name()))
                    .append(", \"members\": [").append(e.members().stream().map(TimelineJson::member)
                            .collect(Collectors.joining(", "))).append(']')
                    .append(", \"steeringBody\": ").append(texts(e.steeringBody()))
                    .append(", \"context\": ").append(context(e.context()))
                    .append(", \"externalMediators\": ").append(e.externalMediators().stream()
                            .map(m -> "{\"id\": " + text(m.id()) + ", \"expertise\": "
                                    + texts(m.expertise().stream().map(Enum::name).toList()) + "}")
                            .collect(Collectors.joining(", ", "[", "]")));
        } else if (event instanceof TimelineEvent.RenewalHeld e) {
            out.append(", \"purpose\": ").append(text(e.purpose()))
                    .append(", \"mode\": ").append(text(e.mode() == null ? null : e.mode().name()));
        } else if (event instanceof TimelineEvent.MemberAdmitted e) {
            out.append(", \"member\": ").append(member(e.member())).append(", \"trustedBy\": ").append(texts(e.trustedBy()));
        } else if (event instanceof TimelineEvent.MemberDeparted e) {
            out.append(", \"member\": ").append(text(e.member())).append(", \"conflict\": ").append(text(e.conflict()));
        } else if (event instanceof TimelineEvent.SteeringBodyChanged e) {
            out.append(", \"seats\": ").append(texts(e.seats()));
        } else if (event instanceof TimelineEvent.ContextChanged e) {
            out.append(", \"context\": ").append(context(e.context()));
        } else if (event instanceof TimelineEvent.ConflictOpened e) {
            out.append(", \"id\": ").append(text(e.id()))
                    .append(", \"parties\": ").append(texts(e.parties()))
                    .append(", \"subjects\": ").append(texts(e.subjects()))
                    .append(", \"behaviours\": ").append(texts(e.behaviours().stream().map(Enum::name).toList()))
                    .append(", \"importance\": ").append(e.importance())
                    .append(", \"negativeEmotion\": ").append(e.negativeEmotion())
                    .append(", \"resolutionEfficacy\": ").append(e.resolutionEfficacy())
                    .append(", \"leaving\": ").append(text(e.leaving()));
        } else if (event instanceof TimelineEvent.ConflictStep e) {
            out.append(", \"conflict\": ").append(text(e.conflict()))
                    .append(", \"step\": ").append(text(e.step().step().name()))
                    .append(", \"outcome\": ").append(text(e.step().outcome().name()));
        } else if (event instanceof TimelineEvent.ProposalDecided e) {
            out.append(", \"proposal\": ").append(text(e.proposal()))
                    .append(", \"domain\": ").append(text(e.domain().name()))
                    .append(", \"outcome\": ").append(text(e.outcome()));
        } else if (event instanceof TimelineEvent.HealthAssessed e) {
            out.append(", \"pillars\": {");
            String sep = "";
            for (Pillar pillar : Pillar.values()) {
                out.append(sep).append(text(pillar.field())).append(": ").append(reading(e.assessment().pillars().get(pillar)));
                sep = ", ";
            }
            out.append('}');
        }
        return out.append('}').toString();
    }

    private static String member(Member m) {
        return "{\"id\": " + text(m.id()) + ", \"name\": " + text(m.name()) + ", \"category\": " + text(m.category().name())
                + ", \"votingWeight\": " + m.votingWeight() + ", \"trusts\": " + texts(m.trusts())
                + ", \"expertise\": " + texts(m.expertise().stream().map(Enum::name).toList()) + "}";
    }

    private static String context(GovernanceContext c) {
        return "{\"decisionUrgency\": " + c.decisionUrgency() + ", \"strategicStability\": " + c.strategicStability()
                + ", \"goalConsensus\": " + c.goalConsensus() + ", \"networkCompetencyNeed\": " + c.networkCompetencyNeed() + "}";
    }

    private static String reading(PillarReading reading) {
        if (reading.given() != null) {
            return fraction(reading.given());
        }
        return reading.indicators().entrySet().stream().map(e -> text(e.getKey()) + ": " + fraction(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String fraction(Fraction f) {
        return text(f.toString());
    }

    private static String texts(List<String> list) {
        return list.stream().map(TimelineJson::text).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String text(String s) {
        return s == null ? "null" : JsonReader.literal(s);
    }
}
