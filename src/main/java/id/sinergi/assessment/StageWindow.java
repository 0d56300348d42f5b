package id.sinergi.assessment;

import java.time.LocalDate;

/** When a stage is open, both days included (dates in Asia/Jakarta). */
public record StageWindow(Stage stage, LocalDate opensOn, LocalDate closesOn) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
