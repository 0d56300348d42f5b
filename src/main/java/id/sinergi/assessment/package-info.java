/**
 * The collaborative evaluation: periods that pin an instrument version and set stage windows, one
 * assessment per participating government, indicators assigned to OPDs, their contributions, review,
 * assessor stages, discussion and deadline reminders. Owns {@code evaluation_period},
 * {@code period_stage}, {@code assessment}, {@code indicator_assignment}, {@code contribution},
 * {@code answer}, {@code stage_value}, {@code stage_snapshot}, {@code indicator_comment}. Tells people
 * of assignments, submissions, returns, comments, schedule changes and approaching deadlines through
 * {@code notification}'s {@code Notifier}; the reminders stay here because deciding what is due needs
 * this module's periods, windows and answers, and {@code notification} must not depend back on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "framework", "scoring", "organization", "evidence",
        "notification"})
package id.sinergi.assessment;
