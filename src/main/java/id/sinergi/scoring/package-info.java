/**
 * The exact calculator: index, domain and aspect values, predicate and the explanation of every
 * number, for any instrument. {@link id.sinergi.scoring.ScoreCalculator} is plain Java; the
 * public scoring API and the {@code /kalkulator} page sit in the internal {@code rest} and {@code web} packages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "framework"})
package id.sinergi.scoring;
