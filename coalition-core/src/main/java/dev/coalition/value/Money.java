package dev.coalition.value;

import dev.coalition.core.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, held exactly as an integer number of minor units (cents
 * for EUR, yen for JPY) as the currency's ISO 4217 fraction digits define them. Immutable.
 *
 * @param currency   the currency
 * @param minorUnits the amount in minor units
 */
public record Money(Currency currency, long minorUnits) implements Units {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency: " + currency.getCurrencyCode()
                    + " has no fixed minor unit; use a currency such as EUR, USD or JPY");
        }
    }

    /**
     * Reads an amount such as {@code "1000.00"} in a currency given by its ISO 4217 code.
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown currency, text that is not
     *                                  a decimal, or more decimals than the currency has
     */
    public static Money parse(String amount, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode == null ? "" : currencyCode.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency: " + Violation.quote(currencyCode) + " is not an ISO 4217 currency code, e.g. EUR");
        }
        return parse(amount, currency);
    }

    /** Reads an amount such as {@code "1000.00"} in the given currency. */
    public static Money parse(String amount, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(amount == null ? "" : amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount: " + Violation.quote(amount) + " is not a decimal amount, e.g. \"1000.00\"");
        }
        int digits = currency.getDefaultFractionDigits();
        if (decimal.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("amount: " + Violation.quote(amount) + " has more decimals than " + currency.getCurrencyCode()
                    + " allows (" + digits + ")");
        }
        BigInteger minor = decimal.movePointRight(digits).toBigIntegerExact();
        if (minor.bitLength() > 62) {
            throw new IllegalArgumentException("amount: " + Violation.quote(amount) + " is too large");
        }
        return new Money(currency, minor.longValue());
    }

    /** The amount as a decimal with the currency's digits, e.g. {@code 1000.00}. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    @Override
    public long units() {
        return minorUnits;
    }

    @Override
    public String unitName() {
        return currency.getCurrencyCode() + " minor unit";
    }

    @Override
    public String format(long units) {
        return BigDecimal.valueOf(units, currency.getDefaultFractionDigits()).toPlainString();
    }

    @Override
    public Fraction inMajorUnits(Fraction units) {
        return units.divide(BigInteger.TEN.pow(currency.getDefaultFractionDigits()));
    }

    @Override
    public String toString() {
        return format(minorUnits) + " " + currency.getCurrencyCode();
    }
}
