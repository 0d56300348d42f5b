/**
 * Tiny value types used by every module: an exact {@link id.sinergi.shared.Rational}, localised
 * text, and the vocabulary of tenancy ({@link id.sinergi.shared.Actor}, {@link id.sinergi.shared.Grant},
 * {@link id.sinergi.shared.Role}) that every application service checks, {@link id.sinergi.shared.Csv},
 * the one writer of CSV cells, and {@link id.sinergi.shared.CsvReader}, the one reader of uploaded CSV.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.sinergi.shared;
