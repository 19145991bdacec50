package dev.coalition.timeline;

import dev.coalition.conflict.Behaviour;
import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.ExternalMediator;
import dev.coalition.conflict.StepOutcome;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.governance.DecisionDomain;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.health.HealthAssessment;
import dev.coalition.health.Pillar;
import dev.coalition.health.PillarReading;
import dev.coalition.value.Fraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one event of the timeline JSON format (see {@link TimelineJson}) into its record, reporting
 * every field of the wrong shape at its path; {@code null} when the event cannot be read.
 */
final class EventReader {

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "FORMED", Set.of("type", "on", "name", "members", "steeringBody", "context", "externalMediators"),
            "MEMBER_ADMITTED", Set.of("type", "on", "member", "trustedBy"),
            "MEMBER_DEPARTED", Set.of("type", "on", "member", "conflict"),
            "STEERING_BODY_CHANGED", Set.of("type", "on", "seats"),
            "CONTEXT_CHANGED", Set.of("type", "on", "context"),
            "CONFLICT_OPENED", Set.of("type", "on", "id", "parties", "subjects", "behaviours", "importance",
                    "negativeEmotion", "resolutionEfficacy", "leaving"),
            "CONFLICT_STEP", Set.of("type", "on", "conflict", "step", "outcome"),
            "RENEWAL_HELD", Set.of("type", "on", "purpose", "mode"),
            "PROPOSAL_DECIDED", Set.of("type", "on", "proposal", "domain", "outcome"),
            "HEALTH_ASSESSED", Set.of("type", "on", "pillars"));

    private static final Set<String> MEMBER_FIELDS = Set.of("id", "name", "category", "votingWeight", "trusts", "expertise");

    private EventReader() {
    }

    static TimelineEvent read(Object value, String path, List<Violation> problems) {
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(new Violation(path, value == null ? "is null; give an event" : "is not an object; give an event"));
            return null;
        }
        JsonFields f = new JsonFields(map, path, problems);
        String type = f.text("type", true);
        if (type == null) {
            return null;
        }
        if (!FIELDS.containsKey(type)) {
            problems.add(new Violation(path + ".type", Violation.quote(type) + " is not an event type; use one of "
                    + FIELDS.keySet().stream().sorted().toList()));
            return null;
        }
        int before = problems.size();
        f.only(FIELDS.get(type));
        LocalDate on = f.date("on");
        TimelineEvent event = switch (type) {
            case "FORMED" -> new TimelineEvent.Formed(on, f.text("name", true), members(f, "members"),
                    orEmpty(f.texts("steeringBody", false)), context(f), mediators(f));
            case "MEMBER_ADMITTED" -> new TimelineEvent.MemberAdmitted(on, member(f.map("member", true), f.path("member"), problems),
                    orEmpty(f.texts("trustedBy", false)));
            case "MEMBER_DEPARTED" -> new TimelineEvent.MemberDeparted(on, f.text("member", true), f.text("conflict", false));
            case "STEERING_BODY_CHANGED" -> new TimelineEvent.SteeringBodyChanged(on, f.texts("seats", true));
            case "CONTEXT_CHANGED" -> new TimelineEvent.ContextChanged(on, context(f));
            case "CONFLICT_OPENED" -> conflictOpened(f, on);
            case "CONFLICT_STEP" -> step(f, on);
            case "RENEWAL_HELD" -> new TimelineEvent.RenewalHeld(on, f.text("purpose", false),
                    f.constant("mode", GovernanceMode.class, false));
            case "PROPOSAL_DECIDED" -> new TimelineEvent.ProposalDecided(on, f.text("proposal", true),
                    f.constant("domain", DecisionDomain.class, true), f.text("outcome", true));
            default -> health(f, on, problems);
        };
        return problems.size() > before ? null : event;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static List<Member> members(JsonFields f, String field) {
        List<?> list = f.list(field, true);
        if (list == null) {
            return null;
        }
        List<Member> out = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(member(list.get(i), f.path(field) + "[" + i + "]", problems));
        }
        problems.forEach(p -> f.problems().add(p));
        return out;
    }

    private static Member member(Object value, String path, List<Violation> problems) {
        if (!(value instanceof Map<?, ?> map)) {
            if (value != null) {
                problems.add(new Violation(path, "is not an object; give a member"));
            }
            return null;
        }
        JsonFields f = new JsonFields(map, path, problems);
        f.only(MEMBER_FIELDS);
        Member.Builder b = Member.builder(f.text("id", false)).name(f.text("name", false))
                .category(f.text("category", false)).trusts(f.texts("trusts", false));
        if (f.has("votingWeight")) {
            Long weight = f.whole("votingWeight");
            if (weight != null) {
                b.votingWeight(weight);
            }
        }
        Set<ConflictType> expertise = EnumSet.noneOf(ConflictType.class);
        List<?> kinds = f.list("expertise", false);
        for (int i = 0; kinds != null && i < kinds.size(); i++) {
            ConflictType kind = f.constant(kinds.get(i), f.path("expertise") + "[" + i + "]", ConflictType.class, true);
            if (kind != null) {
                expertise.add(kind);
            }
        }
        b.expertise(expertise);
        List<Violation> own = b.violations();
        own.forEach(v -> problems.add(new Violation(path + "." + v.path(), v.message())));
        return own.isEmpty() ? b.build() : null;
    }

    private static List<ExternalMediator> mediators(JsonFields f) {
        List<?> list = f.list("externalMediators", false);
        List<ExternalMediator> out = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String at = f.path("externalMediators") + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                f.problems().add(new Violation(at, "is not an object; give {\"id\": ..., \"expertise\": [...]}"));
                continue;
            }
            JsonFields m = new JsonFields(map, at, f.problems());
            m.only(Set.of("id", "expertise"));
            String id = m.text("id", true);
            Set<ConflictType> expertise = EnumSet.noneOf(ConflictType.class);
            List<?> kinds = m.list("expertise", true);
            for (int j = 0; kinds != null && j < kinds.size(); j++) {
                ConflictType kind = m.constant(kinds.get(j), m.path("expertise") + "[" + j + "]", ConflictType.class, true);
                if (kind != null) {
                    expertise.add(kind);
                }
            }
            try {
                out.add(new ExternalMediator(id, expertise));
            } catch (InvalidCoalitionException e) {
                e.violations().forEach(v -> f.problems().add(new Violation(m.path(v.path()), v.message())));
            }
        }
        return out;
    }

    private static GovernanceContext context(JsonFields f) {
        Map<?, ?> map = f.map("context", true);
        if (map == null) {
            return null;
        }
        JsonFields c = new JsonFields(map, f.path("context"), f.problems());
        c.only(Set.copyOf(GovernanceContext.FIELDS));
        Double[] figures = new Double[4];
        boolean ok = true;
        for (int i = 0; i < figures.length; i++) {
            figures[i] = c.fraction(GovernanceContext.FIELDS.get(i));
            String problem = figures[i] == null ? null : GovernanceContext.problemWithFraction(figures[i]);
            if (problem != null) {
                f.problems().add(new Violation(c.path(GovernanceContext.FIELDS.get(i)), problem));
            }
            ok &= figures[i] != null && problem == null;
        }
        return ok ? new GovernanceContext(figures[0], figures[1], figures[2], figures[3]) : null;
    }

    private static TimelineEvent conflictOpened(JsonFields f, LocalDate on) {
        List<Behaviour> behaviours = new ArrayList<>();
        List<?> given = f.list("behaviours", true);
        for (int i = 0; given != null && i < given.size(); i++) {
            behaviours.add(f.constant(given.get(i), f.path("behaviours") + "[" + i + "]", Behaviour.class, true));
        }
        Double importance = f.fraction("importance");
        Double negativeEmotion = f.fraction("negativeEmotion");
        Double efficacy = f.fraction("resolutionEfficacy");
        return new TimelineEvent.ConflictOpened(on, f.text("id", true), f.texts("parties", true), f.texts("subjects", true),
                behaviours, importance == null ? 0 : importance, negativeEmotion == null ? 0 : negativeEmotion,
                efficacy == null ? 0 : efficacy, f.text("leaving", false));
    }

    private static TimelineEvent step(JsonFields f, LocalDate on) {
        String conflict = f.text("conflict", true);
        EscalationStep step = f.constant("step", EscalationStep.class, true);
        StepOutcome outcome = f.constant("outcome", StepOutcome.class, true);
        return on == null || step == null || outcome == null ? null
                : new TimelineEvent.ConflictStep(conflict, new StepRecord(step, on, outcome));
    }

    private static TimelineEvent health(JsonFields f, LocalDate on, List<Violation> problems) {
        Map<?, ?> pillars = f.map("pillars", true);
        if (pillars == null) {
            return null;
        }
        JsonFields p = new JsonFields(pillars, f.path("pillars"), problems);
        p.only(Set.copyOf(Pillar.FIELDS));
        Map<Pillar, PillarReading> readings = new EnumMap<>(Pillar.class);
        for (Pillar pillar : Pillar.values()) {
            Object value = pillars.get(pillar.field());
            String at = p.path(pillar.field());
            if (value instanceof Map<?, ?> named) {
                Map<String, Fraction> indicators = new LinkedHashMap<>();
                named.forEach((k, v) -> indicators.put(String.valueOf(k), fraction(v, at + "." + k, problems)));
                readings.put(pillar, PillarReading.indicators(indicators));
            } else if (value != null) {
                readings.put(pillar, PillarReading.score(fraction(value, at, problems)));
            }
        }
        return new TimelineEvent.HealthAssessed(new HealthAssessment(on, readings));
    }

    private static Fraction fraction(Object value, String at, List<Violation> problems) {
        try {
            if (value instanceof String s) {
                return Fraction.parse(s);
            }
            if (value instanceof BigDecimal d) {
                return Fraction.of(d);
            }
        } catch (NumberFormatException e) {
            problems.add(new Violation(at, e.getMessage()));
            return null;
        }
        problems.add(new Violation(at, "is not a fraction: write \"p/q\" or a decimal in 0..1, or indicators by name"));
        return null;
    }
}
