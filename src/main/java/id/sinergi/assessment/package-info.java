/**
 * The collaborative evaluation: periods that pin an instrument version and set stage windows, one
 * assessment per participating government, indicators assigned to OPDs, their contributions, review,
 * assessor stages, discussion, notifications and deadline reminders. Owns {@code evaluation_period},
 * {@code period_stage}, {@code assessment}, {@code indicator_assignment}, {@code contribution},
 * {@code answer}, {@code stage_value}, {@code stage_snapshot}, {@code indicator_comment},
 * {@code notification}; publishes {@code NotificationPosted}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "framework", "scoring", "organization", "evidence"})
package id.sinergi.assessment;
