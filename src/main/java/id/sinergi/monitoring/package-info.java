/**
 * National monitoring: every government's evaluation result per year (from finalized assessments,
 * from the Minister's published lists, or entered), the national figures, and what rankings,
 * statistics, open data and dashboards read. Owns {@code government_result} and {@code national_result}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "organization", "framework", "assessment"})
package id.sinergi.monitoring;
