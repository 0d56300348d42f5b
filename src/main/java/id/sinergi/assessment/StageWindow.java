package id.sinergi.assessment;

import java.time.LocalDate;

/** When a stage is open, both days included (dates in Asia/Jakarta). */
public record StageWindow(Stage stage, LocalDate opensOn, LocalDate closesOn) {

    /** The one window rule: open from its first day through its last, both included. */
    public boolean contains(LocalDate day) {
        return !opensAfter(day) && !closedBefore(day);
    }

    /** On {@code day} the window has not opened yet. */
    public boolean opensAfter(LocalDate day) {
        return day.isBefore(opensOn);
    }

    /** On {@code day} the window has already closed. */
    public boolean closedBefore(LocalDate day) {
        return day.isAfter(closesOn);
    }
}
