package dev.coalition.assessment;

import java.util.Objects;

/**
 * A resource a candidate seeks, and how many of the other candidates bring it.
 *
 * @param candidate       the candidate that seeks it
 * @param resource        the resource
 * @param broughtByOthers how many other candidates bring it; 0 means the want goes unserved
 */
public record SoughtResource(String candidate, String resource, int broughtByOthers) {

    public SoughtResource {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(resource, "resource");
    }
}
