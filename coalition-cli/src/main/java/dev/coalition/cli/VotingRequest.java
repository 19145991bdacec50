package dev.coalition.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The voting-power analysis a document asks for: {@code "voting": {"quota", "weights"?}}.
 *
 * @param quota   the weight a decision needs to pass
 * @param weights the weights to use instead of the members' voting weights, in document order;
 *                {@code null} to use the members' voting weights
 */
record VotingRequest(long quota, Map<String, Long> weights) {

    VotingRequest {
        weights = weights == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }
}
