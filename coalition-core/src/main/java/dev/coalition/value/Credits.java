package dev.coalition.value;

/**
 * A number of credits: whole, indivisible units such as knowledge-equity credits. Immutable.
 *
 * @param amount the number of credits
 */
public record Credits(long amount) implements Units {

    @Override
    public long units() {
        return amount;
    }

    @Override
    public String unitName() {
        return "credit";
    }

    @Override
    public String format(long units) {
        return Long.toString(units);
    }

    @Override
    public Fraction inMajorUnits(Fraction units) {
        return units;
    }

    @Override
    public String toString() {
        return amount + " credits";
    }
}
