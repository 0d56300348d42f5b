package id.sinergi.assessment.domain;

import id.sinergi.assessment.AssessmentProblem;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageWindow;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Work of a stage is accepted only inside its window: OPD contributions (and their evidence) inside
 * the self-assessment window, assessor values inside their stage's window, from the opening day to
 * the closing day included, by the date in Asia/Jakarta. Reviewing (approve, return), discussing and
 * freezing need no window: the coordinator finishes the review after the OPDs' deadline. The national
 * admin moves a window to extend a deadline.
 */
@Component
class StageWindowPolicy {

    private final Clock clock;

    StageWindowPolicy(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void requireOpen(EvaluationPeriod period, Stage stage) {
        StageWindow window = period.window(stage);
        LocalDate today = today();
        if (window.opensAfter(today)) {
            throw new AssessmentProblem("stage.window.notYetOpen", stage, window.opensOn(), window.closesOn());
        }
        if (window.closedBefore(today)) {
            throw new AssessmentProblem("stage.window.closed", stage, window.opensOn(), window.closesOn());
        }
    }
}
