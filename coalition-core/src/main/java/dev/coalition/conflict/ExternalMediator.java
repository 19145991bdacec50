package dev.coalition.conflict;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A professional mediator from outside the coalition that it has named in advance.
 *
 * @param id        an id of 1 to 64 letters, digits, {@code _} or {@code -}, distinct from member ids
 * @param expertise the kinds of conflict it mediates
 */
public record ExternalMediator(String id, Set<ConflictType> expertise) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ExternalMediator {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidCoalitionException(List.of(new Violation("id", "\"" + id
                    + "\" is not a valid id: use 1 to 64 letters, digits, '_' or '-'")));
        }
        Objects.requireNonNull(expertise, "expertise");
        expertise = expertise.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(expertise));
    }
}
