package dev.coalition.core;

import dev.coalition.conflict.ConflictType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * An organisation in a coalition.
 *
 * @param id           a stable identifier: 1 to 64 letters, digits, {@code _} or {@code -}
 * @param name         a readable name, not blank
 * @param category     what kind of organisation it is
 * @param votingWeight its voting weight, an integer &ge; 0
 * @param trusts       the ids of the other members it trusts, each at most once, never itself
 * @param expertise    the kinds of conflict it can mediate (empty when none)
 */
public record Member(String id, String name, MemberCategory category, int votingWeight, List<String> trusts,
                     Set<ConflictType> expertise) {

    /** A member without mediation expertise. */
    public Member(String id, String name, MemberCategory category, int votingWeight, List<String> trusts) {
        this(id, name, category, votingWeight, trusts, Set.of());
    }

    public Member {
        expertise = expertise == null || expertise.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(expertise));
        List<String> given = trusts == null ? null : new ArrayList<>(trusts);
        List<Violation> problems = new ArrayList<>();
        Checks.member("", id, name, category == null ? null : category.name(), (long) votingWeight, given, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        trusts = List.copyOf(given);
    }

    /** Starts a member with the given id; the builder accepts any value and reports problems on {@code build()}. */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** Whether this member trusts the member with the given id. */
    public boolean trusts(String memberId) {
        return trusts.contains(memberId);
    }

    /** This member with other trust ties, everything else unchanged (a member joining or leaving changes them). */
    public Member withTrusts(List<String> memberIds) {
        return new Member(id, name, category, votingWeight, memberIds, expertise);
    }

    /**
     * Collects the parts of a member without judging them, so that every problem can be reported
     * at once: {@link #violations()} lists them, {@link #build()} refuses them.
     */
    public static final class Builder {
        String id;
        String name;
        String category;
        Long votingWeight;
        List<String> trusts = new ArrayList<>();
        Set<ConflictType> expertise = Set.of();

        Builder() {
        }

        /** Sets the id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the readable name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the category by name. */
        public Builder category(String category) {
            this.category = category;
            return this;
        }

        /** Sets the voting weight (kept as given, so that a negative or too large value is reported). */
        public Builder votingWeight(long votingWeight) {
            this.votingWeight = votingWeight;
            return this;
        }

        /** Replaces the list of members this one trusts. */
        public Builder trusts(List<String> memberIds) {
            this.trusts = memberIds == null ? null : new ArrayList<>(memberIds);
            return this;
        }

        /** Adds members this one trusts. */
        public Builder trusts(String... memberIds) {
            if (trusts == null) {
                trusts = new ArrayList<>();
            }
            trusts.addAll(java.util.Arrays.asList(memberIds));
            return this;
        }

        /** Sets the kinds of conflict the member can mediate. */
        public Builder expertise(Set<ConflictType> expertise) {
            this.expertise = expertise == null ? Set.of() : Set.copyOf(expertise);
            return this;
        }

        /** Every problem with this member on its own, with paths relative to the member. */
        public List<Violation> violations() {
            List<Violation> problems = new ArrayList<>();
            Checks.member("", id, name, category, votingWeight, trusts, problems);
            return List.copyOf(problems);
        }

        /**
         * Builds the member.
         *
         * @throws InvalidCoalitionException listing every problem
         */
        public Member build() {
            List<Violation> problems = violations();
            if (!problems.isEmpty()) {
                throw new InvalidCoalitionException(problems);
            }
            return new Member(id, name, new MemberCategory(category), Math.toIntExact(votingWeight), trusts, expertise);
        }

        Builder copy() {
            Builder copy = new Builder();
            copy.id = id;
            copy.name = name;
            copy.category = category;
            copy.votingWeight = votingWeight;
            copy.trusts = trusts == null ? null : new ArrayList<>(trusts);
            copy.expertise = expertise;
            return copy;
        }

        @Override
        public String toString() {
            return "Member.Builder[id=" + Objects.toString(id) + "]";
        }
    }
}
