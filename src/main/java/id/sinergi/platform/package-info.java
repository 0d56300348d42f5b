/**
 * Spring wiring shared by all modules: the database (embedded PostgreSQL by default), web and
 * locale configuration, the page layout model, error pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package id.sinergi.platform;
