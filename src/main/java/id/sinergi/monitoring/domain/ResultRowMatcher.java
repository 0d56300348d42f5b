package id.sinergi.monitoring.domain;

import id.sinergi.monitoring.ResultImport.Match;
import id.sinergi.monitoring.ResultImport.RowProblem;
import id.sinergi.organization.Government;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Matches each row of an official list to one registry government: by its Kemendagri code when the
 * row has one (a name column holding only a code counts as a code), else by its name read tolerantly
 * ({@link ResultImportNames}). A name of several governments is ambiguous and lists them; an unknown
 * name lists the nearest ones. The same government twice in one list is refused on its second row.
 * One matcher serves one file: it remembers the governments already matched.
 */
final class ResultRowMatcher {

    /** How a row matched; {@code government} is null unless {@code match} is CODE or NAME. */
    record Matched(String given, Match match, Government government, List<String> candidates) {

        Matched {
            candidates = List.copyOf(candidates);
        }
    }

    private final Function<String, Optional<Government>> registry;
    private final ResultImportNames names;
    private final String codeTitle;
    private final String nameTitle;
    private final Map<Long, Integer> seen = new HashMap<>();

    /**
     * @param registry the active government of an exact registry code
     * @param codeTitle, nameTitle the titles of the code and name columns, for the row report (null when absent)
     */
    ResultRowMatcher(Function<String, Optional<Government>> registry, ResultImportNames names, String codeTitle,
            String nameTitle) {
        this.registry = registry;
        this.names = names;
        this.codeTitle = codeTitle;
        this.nameTitle = nameTitle;
    }

    /** The row's government from its code and name cells (either may be empty); problems go to {@code problems}. */
    Matched match(int line, String code, String name, List<RowProblem> problems) {
        Matched matched = !code.isEmpty() ? byCode(line, code, problems)
                : !name.isEmpty() ? byName(line, name, problems) : missing(line, problems);
        if (matched.government() != null) {
            Integer first = seen.putIfAbsent(matched.government().id(), line);
            if (first != null) {
                problems.add(new RowProblem(line, null, matched.given(), "result.import.duplicate",
                        List.of(matched.government().name(), first)));
            }
        }
        return matched;
    }

    private Matched byCode(int line, String code, List<RowProblem> problems) {
        Government government = government(code).orElse(null);
        if (government == null) {
            problems.add(new RowProblem(line, codeTitle, code, "result.import.code.unknown", List.of(code)));
            return new Matched(code, Match.UNMATCHED, null, List.of());
        }
        return new Matched(code, Match.CODE, government, List.of());
    }

    private Matched byName(int line, String name, List<RowProblem> problems) {
        Optional<Government> asCode = name.matches("[0-9.]+") ? government(name) : Optional.empty();
        ResultImportNames.Found found = asCode.map(g -> new ResultImportNames.Found(List.of(g), List.of()))
                .orElseGet(() -> names.find(name));
        if (found.matches().size() == 1) {
            return new Matched(name, asCode.isPresent() ? Match.CODE : Match.NAME, found.matches().get(0), List.of());
        }
        if (found.matches().size() > 1) {
            List<String> candidates = found.matches().stream().map(ResultRowMatcher::label).toList();
            problems.add(new RowProblem(line, nameTitle, name, "result.import.name.ambiguous",
                    List.of(name, String.join("; ", candidates))));
            return new Matched(name, Match.AMBIGUOUS, null, candidates);
        }
        List<String> candidates = found.suggestions().stream().map(ResultRowMatcher::label).toList();
        problems.add(candidates.isEmpty()
                ? new RowProblem(line, nameTitle, name, "result.import.name.unmatched", List.of(name))
                : new RowProblem(line, nameTitle, name, "result.import.name.suggest",
                        List.of(name, String.join("; ", candidates))));
        return new Matched(name, Match.UNMATCHED, null, candidates);
    }

    private Matched missing(int line, List<RowProblem> problems) {
        problems.add(new RowProblem(line, nameTitle != null ? nameTitle : codeTitle, "",
                "result.import.government.required", List.of()));
        return new Matched("", Match.UNMATCHED, null, List.of());
    }

    private Optional<Government> government(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        Optional<Government> found = registry.apply(upper);
        if (found.isEmpty() && upper.matches("\\d{2}\\.\\d")) {
            // Excel turns the code 76.10 typed as a number into 76.1
            found = registry.apply(upper + "0");
        }
        return found;
    }

    private static String label(Government government) {
        return government.name() + " (" + government.code() + ")";
    }
}
