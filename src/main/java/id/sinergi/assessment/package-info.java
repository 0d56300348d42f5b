/**
 * The collaborative evaluation: periods that pin an instrument version and set stage windows, one
 * assessment per participating government, indicators assigned to OPDs. Owns
 * {@code evaluation_period}, {@code period_stage}, {@code assessment}, {@code indicator_assignment}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "framework", "scoring", "organization", "evidence"})
package id.sinergi.assessment;
