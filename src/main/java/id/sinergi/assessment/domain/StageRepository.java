package id.sinergi.assessment.domain;

import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageSnapshot;
import id.sinergi.assessment.StageValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Repository
class StageRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StageRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<StageValue> values(long assessmentId, Stage stage) {
        return jdbc.sql("select stage, indicator_code, value, note, recommendation, version from stage_value "
                        + "where assessment_id = ? and stage = ? order by indicator_code").params(assessmentId, stage.name())
                .query((rs, row) -> new StageValue(Stage.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getBigDecimal(3).stripTrailingZeros(), rs.getString(4), rs.getString(5), rs.getInt(6))).list();
    }

    Optional<StageValue> value(long assessmentId, Stage stage, String indicatorCode) {
        return values(assessmentId, stage).stream().filter(v -> v.indicatorCode().equals(indicatorCode)).findFirst();
    }

    boolean insertValue(long assessmentId, long governmentId, Stage stage, String code, BigDecimal value, String note,
            String recommendation, long assessorId) {
        return jdbc.sql("insert into stage_value (assessment_id, government_id, stage, indicator_code, value, note, "
                        + "recommendation, assessor_id) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(assessmentId, governmentId, stage.name(), code, value, note, recommendation, assessorId).update() == 1;
    }

    boolean updateValue(long assessmentId, Stage stage, String code, int expectedVersion, BigDecimal value, String note,
            String recommendation, long assessorId) {
        return jdbc.sql("update stage_value set value = ?, note = ?, recommendation = ?, assessor_id = ?, "
                        + "version = version + 1, updated_at = now() where assessment_id = ? and stage = ? "
                        + "and indicator_code = ? and version = ?")
                .params(value, note, recommendation, assessorId, assessmentId, stage.name(), code, expectedVersion)
                .update() == 1;
    }

    boolean frozen(long assessmentId, Stage stage) {
        return jdbc.sql("select count(*) from stage_snapshot where assessment_id = ? and stage = ?")
                .params(assessmentId, stage.name()).query(Long.class).single() > 0;
    }

    void insertSnapshot(long assessmentId, long governmentId, Stage stage, long userId, Map<String, BigDecimal> values,
            String index, String indexExact, String predicate, Map<String, List<Long>> evidence) {
        jdbc.sql("insert into stage_snapshot (assessment_id, government_id, stage, frozen_by, stage_values, index_rounded, "
                        + "index_exact, predicate, evidence) values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, cast(? as jsonb))")
                .params(assessmentId, governmentId, stage.name(), userId, json.writeValueAsString(values), index,
                        indexExact, predicate, json.writeValueAsString(evidence)).update();
    }

    List<StageSnapshot> snapshots(long assessmentId) {
        return jdbc.sql("select stage, frozen_at, stage_values::text, index_rounded, index_exact, predicate, evidence::text "
                        + "from stage_snapshot where assessment_id = ?").param(assessmentId)
                .query((rs, row) -> new StageSnapshot(Stage.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                        values(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        evidence(rs.getString(7)))).list()
                .stream().sorted((a, b) -> a.stage().compareTo(b.stage())).toList();
    }

    private Map<String, List<Long>> evidence(String text) {
        Map<String, List<Long>> evidence = new LinkedHashMap<>();
        json.readTree(text).properties().forEach(e -> {
            List<Long> ids = new java.util.ArrayList<>();
            e.getValue().forEach(id -> ids.add(id.longValue()));
            evidence.put(e.getKey(), List.copyOf(ids));
        });
        return evidence;
    }

    private Map<String, BigDecimal> values(String text) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        JsonNode node = JsonMapper.builder().enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build().readTree(text);
        node.properties().forEach(e -> values.put(e.getKey(), e.getValue().decimalValue().stripTrailingZeros()));
        return values;
    }
}
