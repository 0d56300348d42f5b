package id.sinergi.assessment.web;

import id.sinergi.assessment.AssessmentProblem;
import java.math.BigDecimal;

/** Reading a level or value typed into a form, with a decimal comma or point. */
final class FormValues {

    private FormValues() {
    }

    static BigDecimal decimal(String text) {
        try {
            return text.isBlank() ? null : new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new AssessmentProblem("contribution.value.required");
        }
    }
}
