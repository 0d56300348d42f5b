package id.sinergi.framework;

import id.sinergi.shared.Rational;
import java.util.List;

/** A domain: a group of aspects whose weights add up to the domain weight. */
public record Domain(String code, String name, Rational weight, List<Aspect> aspects) {

    public Domain {
        aspects = List.copyOf(aspects);
    }
}
