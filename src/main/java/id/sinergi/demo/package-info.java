/**
 * Sample data that spans modules: a running evaluation for the demo government, so a new user who
 * starts Sinergi finds a board, OPD work and a provisional index to click through. Off in
 * production (with the rest of the demo). Owns no data; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization", "assessment", "framework", "monitoring", "planning"})
package id.sinergi.demo;
