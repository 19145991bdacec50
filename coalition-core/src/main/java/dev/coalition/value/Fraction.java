package dev.coalition.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number p/q held as BigIntegers, always in lowest terms with q &gt; 0.
 * Immutable; {@link #equals} compares values (1/2 equals 2/4).
 */
public final class Fraction implements Comparable<Fraction> {

    /** 0. */
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    /** 1. */
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The fraction numerator/denominator in lowest terms. @throws ArithmeticException if the denominator is 0 */
    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator: is 0; a fraction needs a non-zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        return new Fraction(numerator, denominator);
    }

    /** The fraction numerator/denominator in lowest terms. */
    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** The whole number n. */
    public static Fraction of(long n) {
        return of(BigInteger.valueOf(n), BigInteger.ONE);
    }

    /** The whole number n. */
    public static Fraction of(BigInteger n) {
        return of(n, BigInteger.ONE);
    }

    /** The exact value of a decimal, e.g. 0.35 is 7/20. */
    public static Fraction of(BigDecimal decimal) {
        Objects.requireNonNull(decimal, "decimal");
        if (decimal.scale() <= 0) {
            return of(decimal.toBigIntegerExact());
        }
        return of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
    }

    /**
     * Reads {@code "p/q"}, {@code "p"} or a decimal such as {@code "0.35"}.
     *
     * @throws NumberFormatException naming the text when it is none of these
     */
    public static Fraction parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        try {
            int slash = t.indexOf('/');
            if (slash >= 0) {
                return of(new BigInteger(t.substring(0, slash).strip()), new BigInteger(t.substring(slash + 1).strip()));
            }
            return of(new BigDecimal(t));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new NumberFormatException("\"" + text + "\" is not a fraction: write p/q, a whole number or a decimal");
        }
    }

    /** The numerator (carries the sign). */
    public BigInteger numerator() {
        return numerator;
    }

    /** The denominator, always positive. */
    public BigInteger denominator() {
        return denominator;
    }

    /** this + other. */
    public Fraction add(Fraction other) {
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** this &minus; other. */
    public Fraction subtract(Fraction other) {
        return add(other.negate());
    }

    /** this &times; other. */
    public Fraction multiply(Fraction other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** this &times; n. */
    public Fraction multiply(BigInteger n) {
        return of(numerator.multiply(n), denominator);
    }

    /** this &divide; other. @throws ArithmeticException if other is 0 */
    public Fraction divide(Fraction other) {
        if (other.signum() == 0) {
            throw new ArithmeticException("cannot divide " + this + " by 0");
        }
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /** this &divide; n. */
    public Fraction divide(BigInteger n) {
        return of(numerator, denominator.multiply(n));
    }

    /** &minus;this. */
    public Fraction negate() {
        return numerator.signum() == 0 ? this : new Fraction(numerator.negate(), denominator);
    }

    /** &minus;1, 0 or 1. */
    public int signum() {
        return numerator.signum();
    }

    /** The largest whole number &le; this. */
    public BigInteger floor() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** this &minus; floor(this), in [0, 1). */
    public Fraction fractionalPart() {
        return subtract(of(floor()));
    }

    /** The nearest double. */
    public double doubleValue() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }

    /** The value rounded half-up to the given number of decimals. */
    public BigDecimal toBigDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    /** The smaller of two fractions. */
    public static Fraction min(Fraction a, Fraction b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The sum of fractions. */
    public static Fraction sum(Iterable<Fraction> fractions) {
        Fraction total = ZERO;
        for (Fraction f : fractions) {
            total = total.add(f);
        }
        return total;
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && numerator.equals(f.numerator) && denominator.equals(f.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /**
     * The fraction as people write it: a whole number as an integer ({@code 3}, {@code 0},
     * {@code -2}), any other as {@code p/q} in lowest terms ({@code 1/3}, {@code -5/2}).
     * {@link #parse} reads it back.
     */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
