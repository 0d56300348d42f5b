package id.sinergi.scoring;

import java.util.List;

/** Why one indicator's input was refused. {@code code} is the indicator code the client used. */
public record InputProblem(String code, Kind kind, List<Object> arguments) {

    public InputProblem {
        arguments = List.copyOf(arguments);
    }

    public enum Kind {
        MISSING, UNKNOWN, DUPLICATE, NOT_A_NUMBER, OUT_OF_RANGE, NOT_AN_INTEGER, TOO_MANY_DECIMALS;

        /** The key of the message that explains this kind in {@code messages*.properties}. */
        public String messageKey() {
            return "score.input." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
