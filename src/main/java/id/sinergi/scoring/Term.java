package id.sinergi.scoring;

import id.sinergi.shared.Rational;

/** One line of an explanation: a part's value times its weight. */
public record Term(String code, String name, Rational value, Rational weight, Rational product) {
}
