package dev.coalition.value;

/**
 * Something distributed in whole, indivisible units: money (in minor units) or credits. A
 * distribution pays out every unit.
 */
public sealed interface Units permits Money, Credits {

    /** The amount in whole units. */
    long units();

    /** The name of one unit, e.g. "EUR minor unit" or "credit". */
    String unitName();

    /** A number of units written as people read it, e.g. {@code 333.34} for 33334 cents. */
    String format(long units);

    /** A number of units, possibly fractional, in the major unit (euros rather than cents). */
    Fraction inMajorUnits(Fraction units);
}
