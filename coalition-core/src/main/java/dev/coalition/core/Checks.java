package dev.coalition.core;

import dev.coalition.governance.GovernanceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The validation rules of a coalition, shared by the builders and the records' constructors. */
final class Checks {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final int MAX_NAME_LENGTH = 200;

    private Checks() {
    }

    static void member(String prefix, String id, String name, String category, Long votingWeight,
                       List<String> trusts, List<Violation> out) {
        if (id == null) {
            out.add(new Violation(prefix + "id", "is required: give a unique id of 1 to 64 letters, digits, '_' or '-'"));
        } else if (!ID.matcher(id).matches()) {
            out.add(new Violation(prefix + "id", quote(id) + " is not a valid id: use 1 to 64 letters, digits, '_' or '-'"));
        }
        text(prefix + "name", name, "the member's name", out);
        String categoryProblem = MemberCategory.problemWith(category);
        if (categoryProblem != null) {
            out.add(new Violation(prefix + "category", categoryProblem));
        }
        if (votingWeight == null) {
            out.add(new Violation(prefix + "votingWeight", "is required: give an integer >= 0"));
        } else if (votingWeight < 0) {
            out.add(new Violation(prefix + "votingWeight", votingWeight + " is negative; a voting weight is an integer >= 0"));
        } else if (votingWeight > Integer.MAX_VALUE) {
            out.add(new Violation(prefix + "votingWeight", votingWeight + " is too large; the largest voting weight is " + Integer.MAX_VALUE));
        }
        if (trusts == null) {
            out.add(new Violation(prefix + "trusts", "is required: list the ids of the members this one trusts, or []"));
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < trusts.size(); i++) {
            String other = trusts.get(i);
            String path = prefix + "trusts[" + i + "]";
            if (other == null) {
                out.add(new Violation(path, "is null; give a member id"));
            } else if (other.equals(id)) {
                out.add(new Violation(path, "a member cannot trust itself (" + quote(other) + ")"));
            } else if (seen.containsKey(other)) {
                out.add(new Violation(path, quote(other) + " is repeated (also trusts[" + seen.get(other) + "])"));
            } else {
                seen.put(other, i);
            }
        }
    }

    static void coalition(String name, LocalDate formedOn, List<Member.Builder> members, List<String> steeringBody,
                          Double[] context, List<Violation> out) {
        text("name", name, "the coalition's name", out);
        if (formedOn == null) {
            out.add(new Violation("formedOn", "is required: give the date the coalition was formed, as YYYY-MM-DD"));
        }
        Set<String> ids = new HashSet<>();
        if (members == null) {
            out.add(new Violation("members", "is required: list at least 2 members"));
        } else {
            Map<String, Integer> firstIndex = new HashMap<>();
            for (int i = 0; i < members.size(); i++) {
                Member.Builder m = members.get(i);
                if (m == null) {
                    out.add(new Violation("members[" + i + "]", "is null; give a member"));
                    continue;
                }
                if (m.id != null && ID.matcher(m.id).matches()) {
                    ids.add(m.id);
                    firstIndex.putIfAbsent(m.id, i);
                }
            }
            if (members.size() < 2) {
                out.add(new Violation("members", "has " + members.size() + " member" + (members.size() == 1 ? "" : "s")
                        + "; a coalition needs at least 2"));
            }
            for (int i = 0; i < members.size(); i++) {
                Member.Builder m = members.get(i);
                if (m == null) {
                    continue;
                }
                String prefix = "members[" + i + "].";
                int before = out.size();
                member(prefix, m.id, m.name, m.category, m.votingWeight, m.trusts, out);
                if (m.id != null && firstIndex.containsKey(m.id) && firstIndex.get(m.id) != i) {
                    out.add(before, new Violation(prefix + "id", "duplicate id " + quote(m.id)
                            + " (also members[" + firstIndex.get(m.id) + "])"));
                    // keep the id problem ahead of the member's other problems
                    sortFrom(out, before);
                }
                if (m.trusts != null) {
                    Set<String> named = new HashSet<>();
                    List<Violation> unknown = new ArrayList<>();
                    for (int j = 0; j < m.trusts.size(); j++) {
                        String other = m.trusts.get(j);
                        // the first time an unknown id is named; a repetition is reported as such
                        if (other != null && !other.equals(m.id) && named.add(other) && !ids.contains(other)) {
                            unknown.add(new Violation(prefix + "trusts[" + j + "]", "unknown member " + quote(other)));
                        }
                    }
                    if (!unknown.isEmpty()) {
                        out.addAll(unknown);
                        sortFrom(out, before);
                    }
                }
            }
        }
        if (steeringBody != null) {
            if (steeringBody.isEmpty()) {
                out.add(new Violation("steeringBody", "is empty; name at least one member, or leave the field out"));
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < steeringBody.size(); i++) {
                String id = steeringBody.get(i);
                String path = "steeringBody[" + i + "]";
                if (id == null) {
                    out.add(new Violation(path, "is null; give a member id"));
                } else if (seen.containsKey(id)) {
                    out.add(new Violation(path, quote(id) + " is repeated (also steeringBody[" + seen.get(id) + "])"));
                } else {
                    seen.put(id, i);
                    if (members != null && !ids.contains(id)) {
                        out.add(new Violation(path, "unknown member " + quote(id)));
                    }
                }
            }
        }
        if (context == null) {
            out.add(new Violation("context", "is required: give " + String.join(", ", GovernanceContext.FIELDS)));
        } else {
            for (int i = 0; i < GovernanceContext.FIELDS.size(); i++) {
                String path = "context." + GovernanceContext.FIELDS.get(i);
                if (context[i] == null) {
                    out.add(new Violation(path, "is required: give a number from 0 to 1"));
                } else {
                    String problem = GovernanceContext.problemWithFraction(context[i]);
                    if (problem != null) {
                        out.add(new Violation(path, problem));
                    }
                }
            }
        }
    }

    static void mediators(List<String> memberIds, List<dev.coalition.conflict.ExternalMediator> mediators, List<Violation> out) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < mediators.size(); i++) {
            dev.coalition.conflict.ExternalMediator m = mediators.get(i);
            String path = "externalMediators[" + i + "]";
            if (m == null) {
                out.add(new Violation(path, "is null; give a mediator"));
            } else if (memberIds.contains(m.id())) {
                out.add(new Violation(path + ".id", quote(m.id()) + " is a member; an external mediator comes from outside the coalition"));
            } else if (seen.containsKey(m.id())) {
                out.add(new Violation(path + ".id", quote(m.id()) + " is repeated (also externalMediators[" + seen.get(m.id()) + "])"));
            } else {
                seen.put(m.id(), i);
            }
        }
    }

    private static void sortFrom(List<Violation> out, int from) {
        // problems of one member are kept in field order: id, name, category, votingWeight, trusts[i]
        List<Violation> tail = out.subList(from, out.size());
        List<Violation> sorted = tail.stream().sorted(Checks::byFieldOrder).toList();
        for (int i = 0; i < sorted.size(); i++) {
            tail.set(i, sorted.get(i));
        }
    }

    private static final List<String> MEMBER_FIELDS = List.of("id", "name", "category", "votingWeight", "trusts");

    private static int byFieldOrder(Violation a, Violation b) {
        int c = Integer.compare(fieldRank(a.path()), fieldRank(b.path()));
        if (c != 0) {
            return c;
        }
        return Integer.compare(index(a.path()), index(b.path()));
    }

    private static int fieldRank(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        String field = bracket < 0 ? last : last.substring(0, bracket);
        int rank = MEMBER_FIELDS.indexOf(field);
        return rank < 0 ? MEMBER_FIELDS.size() : rank;
    }

    private static int index(String path) {
        int open = path.lastIndexOf('[');
        if (open < 0 || !path.endsWith("]")) {
            return -1;
        }
        return Integer.parseInt(path.substring(open + 1, path.length() - 1));
    }

    private static void text(String path, String value, String what, List<Violation> out) {
        if (value == null) {
            out.add(new Violation(path, "is required: give " + what));
        } else if (value.isBlank()) {
            out.add(new Violation(path, "must not be blank: give " + what));
        } else if (value.length() > MAX_NAME_LENGTH) {
            out.add(new Violation(path, "is " + value.length() + " characters long; at most " + MAX_NAME_LENGTH + " are allowed"));
        }
    }

    static String quote(String value) {
        return Violation.quote(value);
    }
}
