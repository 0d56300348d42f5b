package id.sinergi.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A frozen stage: its values, the index they make and the evidence behind each indicator's answer
 * (indicator code to evidence ids), never to change again.
 */
public record StageSnapshot(Stage stage, Instant frozenAt, Map<String, BigDecimal> values, String index,
        String indexExact, String predicate, Map<String, List<Long>> evidence) {

    public StageSnapshot {
        values = Map.copyOf(values);
        evidence = Map.copyOf(evidence);
    }
}
