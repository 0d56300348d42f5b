package id.sinergi.assessment;

import java.time.LocalDate;

/**
 * Reminders of approaching stage deadlines (pengingat tenggat), run every morning: while a stage's
 * window is open and closes within the configured number of days (or today), the people who still
 * have work in it are told. Self-assessment: the operators of each OPD with assigned indicators not
 * yet submitted (nor answered through another OPD), and the coordinators a summary; assessor stages:
 * the assessors of the government, when indicators are not yet valued. At most one reminder per
 * audience, assessment, stage and day, however often and on however many nodes it runs.
 */
public interface DeadlineReminders {

    /** Writes the reminders due on {@code day}; returns how many were written now. */
    int remind(LocalDate day);
}
