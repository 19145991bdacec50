package dev.coalition.benchmarks;

import dev.coalition.core.Coalition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, valid coalitions for the decision benchmarks: members in five categories, each trusting
 * a random third of the others, context figures on a 0.01 grid, a steering body of three.
 */
final class BenchmarkCoalitions {

    private static final String[] CATEGORIES = {"hospital", "ngo", "agency", "university", "firm"};
    private static final String[] IDS = new String[1000];

    static {
        for (int i = 0; i < IDS.length; i++) {
            String digits = Integer.toString(i);
            IDS[i] = "m" + "000".substring(digits.length()) + digits;
        }
    }

    private BenchmarkCoalitions() {
    }

    /** One coalition of {@code members} members drawn from {@code random}. */
    static Coalition random(SplittableRandom random, int members, String name) {
        Coalition.Builder builder = Coalition.builder(name).formedOn(LocalDate.of(2024, 1, 15));
        for (int i = 0; i < members; i++) {
            List<String> trusts = new ArrayList<>();
            for (int j = 0; j < members; j++) {
                if (j != i && random.nextInt(3) == 0) {
                    trusts.add(id(j));
                }
            }
            builder.member(id(i), id(i), CATEGORIES[random.nextInt(CATEGORIES.length)], 1 + random.nextInt(5),
                    trusts.toArray(String[]::new));
        }
        builder.steeringBody(id(0), id(1), id(2));
        builder.context(grid(random), grid(random), grid(random), grid(random));
        return builder.build();
    }

    private static double grid(SplittableRandom random) {
        return random.nextInt(101) / 100.0;
    }

    private static String id(int i) {
        return i < IDS.length ? IDS[i] : "m" + i;
    }
}
