package id.sinergi.monitoring.web;

import id.sinergi.monitoring.ResultImport;
import id.sinergi.monitoring.ResultImports.YearSummary;
import java.util.List;

/** View models of the results administration pages (public: the precompiled jte templates read them). */
public final class ResultImportPages {

    private ResultImportPages() {
    }

    /** The years with results, and what the last action said. */
    public record YearsPage(List<YearSummary> years, String notice, List<String> errors) {
    }

    /** The import form, and after an upload its preview: {@code token} identifies the stored upload to apply. */
    public record ImportPage(int year, String source, ResultImport report, String token, List<ProblemLine> fileProblems,
            List<RowLine> rows, String notice, List<String> errors) {

        public boolean previewed() {
            return report != null;
        }
    }

    /** One row of the preview with its problems in the reader's language. */
    public record RowLine(ResultImport.Row row, List<ProblemLine> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** One problem: line (0 = file), column as in the file's header, the value found, and the message. */
    public record ProblemLine(int line, String column, String value, String message) {
    }
}
