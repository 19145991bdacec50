package dev.coalition.rules.assessment;

/**
 * Input fact: a resource a candidate of a group seeks, and how many of the group's other
 * candidates bring it.
 *
 * @param scope           the group ({@link AssessedGroup#scope()})
 * @param candidate       the candidate that seeks it
 * @param resource        the resource
 * @param broughtByOthers how many of the others bring it
 */
public record WantedResource(String scope, String candidate, String resource, int broughtByOthers) {
}
