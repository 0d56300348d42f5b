package id.sinergi.framework;

import java.util.List;

/**
 * One thing wrong with an instrument file: where ({@code path}, e.g. {@code domains[1].aspects[0].weight}),
 * what (a message key of {@code messages.properties}) and the values the message needs.
 */
public record InstrumentProblem(String path, String messageKey, List<Object> arguments) {

    public InstrumentProblem {
        arguments = List.copyOf(arguments);
    }

    public static InstrumentProblem of(String path, String messageKey, Object... arguments) {
        return new InstrumentProblem(path, messageKey, List.of(arguments));
    }
}
