/**
 * Spring wiring shared by all modules: the database (embedded PostgreSQL by default), web and
 * locale configuration, the page layout, error handling and the protection of admin endpoints.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package id.sinergi.platform;
