package id.sinergi.assessment;

import java.util.List;

/**
 * The national admin's request to open a period; {@code governmentCodes} are Kemendagri or agency codes.
 * {@code sample} marks a sample evaluation (data contoh, as the demo's): its results stay labelled as
 * sample wherever they go.
 */
public record OpenPeriod(Integer year, String name, String instrumentCode, List<StageWindow> stages,
        List<String> governmentCodes, boolean sample) {

    /** A real evaluation. */
    public OpenPeriod(Integer year, String name, String instrumentCode, List<StageWindow> stages,
            List<String> governmentCodes) {
        this(year, name, instrumentCode, stages, governmentCodes, false);
    }
}
