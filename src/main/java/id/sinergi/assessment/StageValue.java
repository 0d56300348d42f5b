package id.sinergi.assessment;

import java.math.BigDecimal;

/** An assessor's value for one indicator in one stage, with the note and recommendation. */
public record StageValue(Stage stage, String indicatorCode, BigDecimal value, String note, String recommendation,
        int version) {
}
