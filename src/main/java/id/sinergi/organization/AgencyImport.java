package id.sinergi.organization;

import java.util.List;

/**
 * The outcome of importing OPDs from CSV: either every row was imported, or nothing was and
 * {@code problems} says, row by row, why.
 */
public record AgencyImport(int imported, List<RowProblem> problems) {

    public AgencyImport {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    /** {@code row} is the 1-based line of the file (the header is line 1), 0 for the file as a whole. */
    public record RowProblem(int row, String messageKey, List<Object> arguments) {

        public RowProblem {
            arguments = List.copyOf(arguments);
        }
    }
}
