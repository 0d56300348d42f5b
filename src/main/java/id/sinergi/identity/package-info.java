/**
 * Accounts, role grants scoped national / government / OPD, invitations, personal access tokens,
 * login with throttling, and the security chains for pages and {@code /api/**}. Owns
 * {@code user_account}, {@code role_grant}, {@code invitation}, {@code access_token}, {@code login_failure}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "organization"})
package id.sinergi.identity;
