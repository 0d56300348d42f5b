package id.sinergi.assessment;

import java.time.LocalDate;

/** When a stage is open, both days included. */
public record StageWindow(Stage stage, LocalDate opensOn, LocalDate closesOn) {
}
