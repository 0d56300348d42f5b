package id.sinergi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.assessment.AssessmentBoard;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.IndicatorStatus;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's running evaluation: opened once, every indicator assigned, contributions in every state, usable today. */
class DemoEvaluationTest extends WebTest {

    @Autowired
    DemoEvaluation demo;

    @Autowired
    Evaluations evaluations;

    @Test
    void theDemoEvaluationIsOpenedOnceWithWorkInEveryState() {
        EvaluationPeriod period = demo.seed().orElseThrow();

        assertThat(demo.seed()).as("a second start changes nothing").isEmpty();
        assertThat(period.name()).contains("data contoh");
        assertThat(period.window(id.sinergi.assessment.Stage.SELF_ASSESSMENT).opensOn()).isBefore(clock.today());
        assertThat(period.window(id.sinergi.assessment.Stage.SELF_ASSESSMENT).closesOn()).isAfter(clock.today());
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        AssessmentBoard board = evaluations.board(actor(POLMAN_COORDINATOR), polman, period.id());
        assertThat(board.assignedCount()).isEqualTo(board.rows().size());
        Set<IndicatorStatus> states = board.rows().stream().map(AssessmentBoard.Row::status).collect(Collectors.toSet());
        assertThat(states).contains(IndicatorStatus.NOT_STARTED, IndicatorStatus.DRAFT, IndicatorStatus.SUBMITTED,
                IndicatorStatus.RETURNED, IndicatorStatus.APPROVED);
        var progress = board.agencyProgress();
        assertThat(progress.stream().mapToInt(AssessmentBoard.AgencyProgress::assigned).sum()).isEqualTo(board.rows().size());
        for (IndicatorStatus status : IndicatorStatus.values()) {
            long expected = board.rows().stream().filter(r -> r.status() == status).count();
            assertThat(progress.stream().mapToInt(p -> switch (status) {
                case NOT_STARTED -> p.notStarted();
                case DRAFT -> p.draft();
                case SUBMITTED -> p.submitted();
                case RETURNED -> p.returned();
                case APPROVED -> p.approved();
            }).sum()).as("OPD contributions %s", status).isEqualTo((int) expected);
        }
        assertThat(progress).allSatisfy(p -> assertThat(p.overdue()).isZero());
        clock.setToday(period.window(id.sinergi.assessment.Stage.SELF_ASSESSMENT).closesOn().plusDays(1));
        long late = board.rows().stream().filter(r -> r.status() != IndicatorStatus.SUBMITTED
                && r.status() != IndicatorStatus.APPROVED).count();
        assertThat(evaluations.board(actor(POLMAN_COORDINATOR), polman, period.id()).agencyProgress().stream()
                .mapToInt(AssessmentBoard.AgencyProgress::overdue).sum()).isEqualTo((int) late);
        clock.reset();
        String page = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD)
                .get("/instansi/" + polman + "/evaluasi/" + period.id()).body();
        assertThat(page).contains("Evaluasi Pemdi 2026 (data contoh)", "Indeks sementara", "Kemajuan per OPD");
        long diskominfo = actor(POLMAN_DISKOMINFO_OPERATOR).grants().get(0).agencyId();
        assertThat(visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD).get("/instansi/" + polman + "/evaluasi").body())
                .as("an operator goes straight to their OPD's work")
                .contains("href=\"/instansi/" + polman + "/evaluasi/" + period.id() + "/opd/" + diskominfo + "\"");
    }
}
