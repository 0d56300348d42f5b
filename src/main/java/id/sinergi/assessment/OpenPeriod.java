package id.sinergi.assessment;

import java.util.List;

/** The national admin's request to open a period; {@code governmentCodes} are Kemendagri or agency codes. */
public record OpenPeriod(Integer year, String name, String instrumentCode, List<StageWindow> stages,
        List<String> governmentCodes) {
}
