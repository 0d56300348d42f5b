/**
 * Evaluation instruments (PermenPANRB 5/2018, 59/2020, 8/2026 …) as versioned data: structure,
 * weights, level scales with their criteria, predicate bands. Owns {@code instrument_version};
 * a published version never changes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package id.sinergi.framework;
