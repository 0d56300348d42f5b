package id.sinergi.scoring;

import id.sinergi.shared.Rational;
import java.util.List;

/**
 * How a figure was made: value = Σ(term value × term weight) / divisor. For an aspect or a domain
 * the divisor is the sum of the weights of its parts; for the index it is 100.
 */
public record Explanation(List<Term> terms, Rational weightedSum, Rational divisor, Rational value) {

    public Explanation {
        terms = List.copyOf(terms);
    }
}
