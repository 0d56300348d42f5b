package id.sinergi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contribution workflow, state by state: what an OPD and a coordinator may do next. */
class IndicatorStatusTest {

    @ParameterizedTest
    @CsvSource({
            // state,      editable, reviewable, handedIn, save,      submit,    approve,  return
            "NOT_STARTED, true,     false,      false,    DRAFT,     SUBMITTED, refused,  refused",
            "DRAFT,       true,     false,      false,    DRAFT,     SUBMITTED, refused,  refused",
            "SUBMITTED,   false,    true,       true,     refused,   refused,   APPROVED, RETURNED",
            "RETURNED,    true,     false,      false,    DRAFT,     SUBMITTED, refused,  refused",
            "APPROVED,    false,    false,      true,     refused,   refused,   refused,  refused"})
    void eachStateAllowsItsOwnNextSteps(IndicatorStatus state, boolean editable, boolean reviewable, boolean handedIn,
            String save, String submit, String approve, String sendBack) {
        assertThat(state.editable()).isEqualTo(editable);
        assertThat(state.reviewable()).isEqualTo(reviewable);
        assertThat(state.handedIn()).isEqualTo(handedIn);
        assertStep(() -> state.save(false, "1"), save, "contribution.locked");
        assertStep(() -> state.save(true, "1"), submit, "contribution.locked");
        assertStep(() -> state.approve("1"), approve, "contribution.notSubmitted");
        assertStep(() -> state.sendBack("1"), sendBack, "contribution.notSubmitted");
    }

    @org.junit.jupiter.api.Test
    void theSqlListHoldsTheStoredEditableStates() {
        assertThat(IndicatorStatus.editableSql()).isEqualTo("'DRAFT', 'RETURNED'");
    }

    private static void assertStep(java.util.function.Supplier<IndicatorStatus> step, String expected, String refusal) {
        if ("refused".equals(expected)) {
            assertThatThrownBy(step::get).isInstanceOf(AssessmentProblem.class)
                    .extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo(refusal);
        } else {
            assertThat(step.get()).isEqualTo(IndicatorStatus.valueOf(expected));
        }
    }
}
