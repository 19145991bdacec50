package dev.coalition.benchmarks;

import java.util.Map;

/**
 * Writes the voting benchmark's game as a coalition document for {@code coalition evaluate}: 100
 * members with the weights of {@link VotingPowerBenchmark} (summing to 10,000), quota 5,001, each
 * member trusting the next, so that the whole process (JVM, reading, governance, voting power,
 * output) can be timed against other tools:
 *
 * <pre>
 * java -cp coalition-benchmarks/target/benchmarks.jar dev.coalition.benchmarks.VotingDocument &gt; voting-100.json
 * /usr/bin/time -v java -jar coalition-cli/target/coalition.jar evaluate voting-100.json
 * </pre>
 */
public final class VotingDocument {

    private VotingDocument() {
    }

    public static void main(String[] args) {
        Map<String, Long> weights = VotingPowerBenchmark.weights(VotingPowerBenchmark.MEMBERS, VotingPowerBenchmark.TOTAL_WEIGHT,
                VotingPowerBenchmark.SEED);
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"schemaVersion\": \"1\",\n  \"name\": \"Hundred-member vote\",\n  \"formedOn\": \"2024-01-15\",\n")
                .append("  \"members\": [\n");
        String[] ids = weights.keySet().toArray(String[]::new);
        for (int i = 0; i < ids.length; i++) {
            json.append(String.format("    {\"id\": \"%s\", \"name\": \"Member %d\", \"category\": \"%s\", \"votingWeight\": %d, "
                            + "\"trusts\": [\"%s\"]}%s%n", ids[i], i, i % 2 == 0 ? "firm" : "agency", weights.get(ids[i]),
                    ids[(i + 1) % ids.length], i + 1 < ids.length ? "," : ""));
        }
        json.append("  ],\n  \"context\": {\"decisionUrgency\": 0.3, \"strategicStability\": 0.6, \"goalConsensus\": 0.7, ")
                .append("\"networkCompetencyNeed\": 0.8},\n")
                .append("  \"voting\": {\"quota\": ").append(VotingPowerBenchmark.QUOTA).append("}\n}\n");
        System.out.print(json);
    }
}
