package id.sinergi.framework;

import java.util.List;

/** An instrument file was refused; {@link #problems()} lists every problem found, not only the first. */
public class InvalidInstrumentException extends RuntimeException {

    private final transient List<InstrumentProblem> problems;

    public InvalidInstrumentException(List<InstrumentProblem> problems) {
        super(problems.size() + " problem(s) in instrument file: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<InstrumentProblem> problems() {
        return problems;
    }
}
