package dev.coalition.testkit;

/**
 * The size and shape of generated distributions (what to divide among whom, on what basis).
 * {@link #defaults()} gives every input, so that any allocation policy finds what it reads;
 * {@link #forAdvisor()} leaves inputs out at times and states principles, as coalitions ask an
 * advisor. Change what matters: {@code RequestShape.defaults().members(2, 12).gameChance(0)}.
 *
 * @param minMembers            the fewest members, at least 2 (a coalition needs 2)
 * @param maxMembers            the most members, at most 1,000
 * @param contributionsChance   the chance that every member's contribution is given (not all zero), 0..1
 * @param needsChance           the chance that every member's need and a need weight are given, 0..1
 * @param gameChance            the chance of a cooperative game on the members (only with at most the game shape's players), 0..1
 * @param game                  the shape of the games (its player counts aside: the game's players are the members)
 * @param interchangeableChance the chance that the first two members are interchangeable: equal contributions and needs, interchangeable in the game
 * @param principlesChance      the chance that the coalition states principles (one alone half the time), 0..1
 * @param namedPolicyChance     the chance that the request names a bundled policy its inputs allow, 0..1
 */
public record RequestShape(int minMembers, int maxMembers, double contributionsChance, double needsChance, double gameChance,
                           GameShape game, double interchangeableChance, double principlesChance, double namedPolicyChance) {

    /**
     * Checks the shape.
     *
     * @throws IllegalArgumentException naming the parameter that is out of range and what is allowed
     */
    public RequestShape {
        Shapes.range("members", minMembers, maxMembers, 2, CoalitionShape.MAX_MEMBERS);
        Shapes.chance("contributionsChance", contributionsChance);
        Shapes.chance("needsChance", needsChance);
        Shapes.chance("gameChance", gameChance);
        if (game == null) {
            throw new IllegalArgumentException("game: give a game shape, e.g. GameShape.defaults()");
        }
        Shapes.chance("interchangeableChance", interchangeableChance);
        Shapes.chance("principlesChance", principlesChance);
        Shapes.chance("namedPolicyChance", namedPolicyChance);
    }

    /** 2 to 6 members, every input given (contributions, needs and weight, a game), the first two interchangeable a third of the time. */
    public static RequestShape defaults() {
        return new RequestShape(2, 6, 1, 1, 1, GameShape.defaults(), 1.0 / 3, 0, 0);
    }

    /**
     * As coalitions ask an advisor: 2 to 6 members; contributions three times in four, needs half
     * the time, a game (with a null player half the time) six times in ten; principles three times
     * in four; a named policy one time in ten.
     */
    public static RequestShape forAdvisor() {
        return new RequestShape(2, 6, 0.75, 0.5, 0.6, GameShape.defaults().nullPlayerChance(0.5), 1.0 / 3, 0.75, 0.1);
    }

    /** This shape with {@code min} to {@code max} members. */
    public RequestShape members(int min, int max) {
        return new RequestShape(min, max, contributionsChance, needsChance, gameChance, game, interchangeableChance,
                principlesChance, namedPolicyChance);
    }

    /** This shape with contributions, needs and a game each given at its chance. */
    public RequestShape inputs(double contributionsChance, double needsChance, double gameChance) {
        return new RequestShape(minMembers, maxMembers, contributionsChance, needsChance, gameChance, game, interchangeableChance,
                principlesChance, namedPolicyChance);
    }

    /** This shape with games of the given shape. */
    public RequestShape game(GameShape game) {
        return new RequestShape(minMembers, maxMembers, contributionsChance, needsChance, gameChance, game, interchangeableChance,
                principlesChance, namedPolicyChance);
    }

    /** This shape with the first two members interchangeable at the given chance. */
    public RequestShape interchangeableChance(double chance) {
        return new RequestShape(minMembers, maxMembers, contributionsChance, needsChance, gameChance, game, chance,
                principlesChance, namedPolicyChance);
    }

    /** This shape stating principles and naming a policy at the given chances. */
    public RequestShape principles(double principlesChance, double namedPolicyChance) {
        return new RequestShape(minMembers, maxMembers, contributionsChance, needsChance, gameChance, game, interchangeableChance,
                principlesChance, namedPolicyChance);
    }
}
