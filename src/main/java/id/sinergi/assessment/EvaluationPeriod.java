package id.sinergi.assessment;

import java.util.List;

/** A year's evaluation on one pinned instrument version, with its stage windows and participants. */
public record EvaluationPeriod(long id, int year, String name, String instrumentCode, int instrumentVersion,
        List<StageWindow> stages, int participants) {

    public EvaluationPeriod {
        stages = List.copyOf(stages);
    }
}
