/**
 * The registry of governments (instansi: provinces, regencies, cities from the Kemendagri codes, and
 * central agencies) and their work units (OPD). Owns {@code government} and {@code agency}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package id.sinergi.organization;
