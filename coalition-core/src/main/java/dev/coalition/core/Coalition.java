package dev.coalition.core;

import dev.coalition.conflict.ExternalMediator;
import dev.coalition.governance.GovernanceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A coalition: organisations that have agreed to work together, who trusts whom among them,
 * an optional steering body and the situation they govern themselves in.
 *
 * <p>A valid coalition has at least 2 members with unique ids; members trust only other,
 * existing members, each at most once; steering-body seats go to members, each at most once;
 * every context figure lies in 0..1. The constructor refuses anything else with an
 * {@link InvalidCoalitionException} listing every problem, with the same paths and messages as
 * {@link Builder#violations()} and the command line.
 *
 * @param name         a readable name, not blank
 * @param formedOn     the date the coalition was formed
 * @param members      its members, in the order given
 * @param steeringBody the ids of the members that sit on the steering body; empty when there is none
 * @param context      the situation it governs itself in
 * @param externalMediators professional mediators from outside the coalition, named in advance (may be empty)
 */
public record Coalition(String name, LocalDate formedOn, List<Member> members, List<String> steeringBody,
                        GovernanceContext context, List<ExternalMediator> externalMediators) {

    /** A coalition without external mediators. */
    public Coalition(String name, LocalDate formedOn, List<Member> members, List<String> steeringBody,
                     GovernanceContext context) {
        this(name, formedOn, members, steeringBody, context, List.of());
    }

    public Coalition {
        members = members == null ? null : Collections.unmodifiableList(new ArrayList<>(members));
        List<String> seats = steeringBody == null ? List.of() : new ArrayList<>(steeringBody);
        List<ExternalMediator> mediators = externalMediators == null ? List.of() : new ArrayList<>(externalMediators);
        List<Violation> problems = new ArrayList<>();
        Checks.coalition(name, formedOn, members == null ? null : members.stream().map(Coalition::draftOf).toList(),
                seats.isEmpty() ? null : seats, context == null ? null : figures(context), problems);
        Checks.mediators(members == null ? List.of() : members.stream().filter(java.util.Objects::nonNull).map(Member::id).toList(),
                mediators, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        members = List.copyOf(members);
        steeringBody = List.copyOf(seats);
        externalMediators = List.copyOf(mediators);
    }

    /** Starts describing a coalition; nothing is checked until {@link Builder#violations()} or {@link Builder#build()}. */
    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    /** The number of members. */
    public int size() {
        return members.size();
    }

    /** Whether a steering body is named. */
    public boolean hasSteeringBody() {
        return !steeringBody.isEmpty();
    }

    /** The member with the given id, if there is one. */
    public Optional<Member> member(String id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The members by id, in the order given. */
    public Map<String, Member> membersById() {
        Map<String, Member> byId = new LinkedHashMap<>();
        members.forEach(m -> byId.put(m.id(), m));
        return Collections.unmodifiableMap(byId);
    }

    private static Member.Builder draftOf(Member m) {
        if (m == null) {
            return null;
        }
        return Member.builder(m.id()).name(m.name()).category(m.category().name())
                .votingWeight(m.votingWeight()).trusts(m.trusts()).expertise(m.expertise());
    }

    private static Double[] figures(GovernanceContext c) {
        return new Double[] {c.decisionUrgency(), c.strategicStability(), c.goalConsensus(), c.networkCompetencyNeed()};
    }

    /**
     * Collects the parts of a coalition without judging them, so that every problem can be
     * reported at once, with the paths of the JSON document (e.g. {@code members[3].trusts[0]}).
     * Not thread-safe; the coalition it builds is.
     */
    public static final class Builder {
        private String name;
        private LocalDate formedOn;
        private List<Member.Builder> members = new ArrayList<>();
        private List<String> steeringBody;
        private final Double[] context = new Double[4];
        private boolean contextGiven;
        private final List<ExternalMediator> externalMediators = new ArrayList<>();

        Builder() {
        }

        /** Sets the coalition's name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the date the coalition was formed. */
        public Builder formedOn(LocalDate formedOn) {
            this.formedOn = formedOn;
            return this;
        }

        /** Adds a member described by a member builder (its current state is copied). */
        public Builder member(Member.Builder member) {
            members.add(member == null ? null : member.copy());
            return this;
        }

        /** Adds a member. */
        public Builder member(Member member) {
            members.add(draftOf(member));
            return this;
        }

        /** Adds a member by its parts. */
        public Builder member(String id, String name, String category, long votingWeight, String... trusts) {
            return member(Member.builder(id).name(name).category(category).votingWeight(votingWeight).trusts(trusts));
        }

        /** Marks the members list as absent (as in a document that leaves it out). */
        public Builder withoutMembers() {
            members = null;
            return this;
        }

        /** Names the members that sit on the steering body. */
        public Builder steeringBody(List<String> memberIds) {
            this.steeringBody = memberIds == null ? null : new ArrayList<>(memberIds);
            return this;
        }

        /** Names the members that sit on the steering body. */
        public Builder steeringBody(String... memberIds) {
            return steeringBody(java.util.Arrays.asList(memberIds));
        }

        /** Names an external mediator the coalition can call on. */
        public Builder externalMediator(ExternalMediator mediator) {
            externalMediators.add(mediator);
            return this;
        }

        /** Sets the governance context. */
        public Builder context(GovernanceContext context) {
            return context(context.decisionUrgency(), context.strategicStability(), context.goalConsensus(),
                    context.networkCompetencyNeed());
        }

        /**
         * Sets the governance context figures; {@code null} marks a figure as missing. Values outside
         * 0..1 are kept and reported by {@link #violations()}.
         */
        public Builder context(Double decisionUrgency, Double strategicStability, Double goalConsensus,
                               Double networkCompetencyNeed) {
            context[0] = decisionUrgency;
            context[1] = strategicStability;
            context[2] = goalConsensus;
            context[3] = networkCompetencyNeed;
            contextGiven = true;
            return this;
        }

        /**
         * Every problem with the coalition as described so far, in document order, each with the
         * path of the field concerned. Empty when {@link #build()} would succeed.
         */
        public List<Violation> violations() {
            List<Violation> problems = new ArrayList<>();
            Checks.coalition(name, formedOn, members, steeringBody, contextGiven ? context.clone() : null, problems);
            Checks.mediators(members == null ? List.of() : members.stream().filter(java.util.Objects::nonNull)
                    .map(m -> m.id).filter(java.util.Objects::nonNull).toList(), externalMediators, problems);
            return List.copyOf(problems);
        }

        /**
         * Builds the coalition.
         *
         * @throws InvalidCoalitionException listing every problem found by {@link #violations()}
         */
        public Coalition build() {
            List<Violation> problems = violations();
            if (!problems.isEmpty()) {
                throw new InvalidCoalitionException(problems);
            }
            List<Member> built = members.stream().map(Member.Builder::build).toList();
            return new Coalition(name, formedOn, built, steeringBody,
                    new GovernanceContext(context[0], context[1], context[2], context[3]), externalMediators);
        }
    }
}
