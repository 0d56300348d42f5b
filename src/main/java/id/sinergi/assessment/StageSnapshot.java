package id.sinergi.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A frozen stage: its values and the index they make, never to change again. */
public record StageSnapshot(Stage stage, Instant frozenAt, Map<String, BigDecimal> values, String index,
        String indexExact, String predicate) {

    public StageSnapshot {
        values = Map.copyOf(values);
    }
}
