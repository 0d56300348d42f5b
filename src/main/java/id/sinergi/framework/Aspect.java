package id.sinergi.framework;

import id.sinergi.shared.Rational;
import java.util.List;

/** An aspect: a group of indicators whose weights add up to the aspect weight. */
public record Aspect(String code, String name, Rational weight, String domainCode, List<Indicator> indicators) {

    public Aspect {
        indicators = List.copyOf(indicators);
    }
}
