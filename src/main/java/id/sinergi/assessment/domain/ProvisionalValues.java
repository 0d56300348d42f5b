package id.sinergi.assessment.domain;

import id.sinergi.framework.Instrument;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values the provisional index scores: every indicator's answer, unanswered ones at the scale's minimum. */
final class ProvisionalValues {

    private ProvisionalValues() {
    }

    static Map<String, BigDecimal> of(Instrument instrument, Map<String, BigDecimal> answers) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        instrument.indicators().forEach(i -> values.put(i.code(), answers.getOrDefault(i.code(), instrument.valueScale().min())));
        return values;
    }
}
