package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON document that remembers where each value starts in the source, so that problems
 * can be sorted into document order.
 *
 * @param root      the document's root value
 * @param locations where each path starts in the source (for an object key: where the key starts)
 * @param problems  problems found while parsing that do not stop it (keys given twice)
 */
record LocatedJson(JsonNode root, Map<String, Long> locations, List<Problem> problems) {

    LocatedJson {
        locations = Map.copyOf(locations);
        problems = List.copyOf(problems);
    }

    /** Where a path starts, or where its nearest ancestor in the document starts. */
    long locate(String path) {
        String p = path;
        while (true) {
            Long at = locations.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = DocumentPath.parent(p);
        }
    }
}
