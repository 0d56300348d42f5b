package id.sinergi.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The report of an imported official results list (one year, one instrument): every data row as
 * understood, and every problem found. Nothing is recorded unless the whole file is clean;
 * {@code applied} counts the results recorded (0 for a preview or a refused file).
 */
public record ResultImport(String fileName, String sha256, int year, String instrumentCode, String source,
        List<Row> rows, List<RowProblem> problems, int applied) {

    public ResultImport {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** No problem at all: the file can be applied as it is. */
    public boolean clean() {
        return problems.isEmpty();
    }

    /**
     * The file was refused whole: it could not be read as a list (empty, over a limit, not UTF-8, a
     * control character, no header …), so there is no row to preview. Answered 400 even to a check.
     */
    public boolean refusedWhole() {
        return rows.isEmpty() && !problems.isEmpty();
    }

    /** The problems of one line of the file (0 = the file as a whole). */
    public List<RowProblem> problemsOf(int line) {
        return problems.stream().filter(p -> p.line() == line).toList();
    }

    /** The problems of the file as a whole (no header, mixed instruments, no source). */
    public List<RowProblem> fileProblems() {
        return problemsOf(0);
    }

    /** How a row's government was found. */
    public enum Match {
        CODE, NAME, AMBIGUOUS, UNMATCHED
    }

    /**
     * One data row: {@code line} as in the file (spreadsheet row number, or CSV line), the government
     * as written, the registry government it matched (null unless CODE or NAME), the other
     * candidates when ambiguous or nearest names when unmatched, the values read, the predicate
     * derived from the instrument's bands, and the index it would replace (null if none).
     */
    public record Row(int line, String given, Match match, Long governmentId, String governmentCode,
            String governmentName, List<String> candidates, String yearText, String instrumentText, String indexText,
            BigDecimal index, String predicateGiven, String predicate, BigDecimal replaces) {

        public Row {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * One problem: the file's line (0 = the whole file), the column as named in the file's header
     * (null for the whole row or file), the value found, and the message key with its arguments.
     */
    public record RowProblem(int line, String column, String value, String messageKey, List<Object> arguments) {

        public RowProblem {
            arguments = List.copyOf(arguments);
        }
    }
}
