package id.sinergi.assessment;

import java.math.BigDecimal;

/** The instansi's consolidated answer to one indicator. */
public record Answer(String indicatorCode, BigDecimal value, String explanation, int version) {
}
