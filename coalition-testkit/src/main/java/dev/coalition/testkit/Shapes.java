package dev.coalition.testkit;

/** Checks of the size and shape parameters shared by the shape records. */
final class Shapes {

    private Shapes() {
    }

    /** Checks that {@code min..max} is a range within {@code lowest..highest}. */
    static void range(String name, int min, int max, int lowest, int highest) {
        if (min < lowest || max > highest || min > max) {
            throw new IllegalArgumentException(name + ": " + min + ".." + max + " is not a range within " + lowest + ".."
                    + highest + "; give a minimum no larger than the maximum, e.g. " + lowest + ".." + Math.min(highest, lowest + 5));
        }
    }

    /** Checks that a chance is a probability, 0..1. */
    static void chance(String name, double chance) {
        if (!(chance >= 0 && chance <= 1)) {
            throw new IllegalArgumentException(name + ": " + chance + " is not a chance; give a number from 0 (never) to 1 (always)");
        }
    }

    /** Checks that an argument is given; {@code what} says what to give, e.g. "the advisor to check". */
    static <T> T given(T value, String name, String what) {
        if (value == null) {
            throw new IllegalArgumentException(name + ": is null; give " + what);
        }
        return value;
    }

    /** A number from {@code min} to {@code max}, both included. */
    static int between(java.util.Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** Whether an event of the given chance happens. */
    static boolean happens(java.util.Random random, double chance) {
        return chance > 0 && random.nextDouble() < chance;
    }

    /** The id of the i-th generated member or player: {@code m00}, {@code m01}, ... */
    static String id(int i) {
        return String.format("m%02d", i);
    }
}
