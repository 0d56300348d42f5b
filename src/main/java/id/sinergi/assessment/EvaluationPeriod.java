package id.sinergi.assessment;

import java.util.List;

/**
 * A year's evaluation on one pinned instrument version, with its stage windows and participants;
 * {@code sample} for a sample evaluation (data contoh), whose results are labelled as sample.
 */
public record EvaluationPeriod(long id, int year, String name, String instrumentCode, int instrumentVersion,
        List<StageWindow> stages, int participants, boolean sample) {

    public EvaluationPeriod {
        stages = List.copyOf(stages);
    }

    /** The window of one stage (every period has all five). */
    public StageWindow window(Stage stage) {
        return stages.stream().filter(w -> w.stage() == stage).findFirst()
                .orElseThrow(() -> new IllegalStateException("Period " + id + " lacks the window of " + stage));
    }
}
