package dev.coalition.report;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names the report shows for ids: a member's or candidate's name, else the id itself. */
final class Names {

    private final Map<String, String> names = new HashMap<>();

    /** Names of the coalition's members. */
    void add(Coalition coalition) {
        for (Member member : coalition.members()) {
            add(member.id(), member.name());
        }
    }

    /** Names one id, unless it is named already or the name is blank. */
    void add(String id, String name) {
        if (name != null && !name.isBlank()) {
            names.putIfAbsent(id, name);
        }
    }

    /** The name of {@code id}, or the id when it has none. */
    String of(String id) {
        return names.getOrDefault(id, id);
    }

    /** The names of ids, in order. */
    List<String> of(List<String> ids) {
        return ids.stream().map(this::of).toList();
    }
}
