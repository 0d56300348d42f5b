/**
 * Tiny value types used by every module (an exact {@link id.sinergi.shared.Rational}, localised text).
 * No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.sinergi.shared;
