package id.sinergi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The order of the stages and the one window rule, without Spring. */
class StageOrderTest {

    @Test
    void eachStageKnowsTheOneBeforeAndAfter() {
        assertThat(Stage.SELF_ASSESSMENT.previous()).isEmpty();
        assertThat(Stage.DOCUMENT.previous()).contains(Stage.SELF_ASSESSMENT);
        assertThat(Stage.FINAL.previous()).contains(Stage.VISIT);
        assertThat(Stage.SELF_ASSESSMENT.next()).contains(Stage.DOCUMENT);
        assertThat(Stage.FINAL.next()).isEmpty();
    }

    @Test
    void aWindowIsOpenFromItsFirstDayThroughItsLast() {
        StageWindow window = new StageWindow(Stage.DOCUMENT, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(window.contains(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(window.opensAfter(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(window.closedBefore(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(window.closedBefore(LocalDate.of(2026, 3, 31))).isFalse();
    }
}
