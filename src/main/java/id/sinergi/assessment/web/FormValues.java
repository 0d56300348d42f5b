package id.sinergi.assessment.web;

import id.sinergi.assessment.AssessmentProblem;
import id.sinergi.shared.DecimalInput;
import java.math.BigDecimal;

/** Reading a level or value typed into a form, with a decimal comma or point. */
final class FormValues {

    private FormValues() {
    }

    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return DecimalInput.parse(text).orElseThrow(() -> new AssessmentProblem("value.notANumber",
                DecimalInput.shown(text)));
    }
}
