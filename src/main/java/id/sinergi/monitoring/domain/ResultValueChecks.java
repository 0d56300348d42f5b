package id.sinergi.monitoring.domain;

import id.sinergi.framework.Instrument;
import id.sinergi.monitoring.ResultImport.RowProblem;
import id.sinergi.monitoring.domain.ResultImportHeader.Column;
import id.sinergi.shared.DecimalInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values of each row checked against the year of the import and the instrument that evaluates
 * it: the row's year (if given) is the import's; its instrument (if given, by code or regulation
 * number) is published and evaluates that year, otherwise the instrument of the year applies; the
 * index is a plain number within the instrument's scale with no more decimals than are stored; a
 * given predicate agrees with the one the instrument's rule ({@link Instrument#present}) gives the
 * index. One list holds one instrument. One checker serves one file: it remembers the instruments
 * its rows named.
 */
final class ResultValueChecks {

    /** The values of one row: the index (null unless a number) and the predicate it will be recorded with (null unless checked). */
    record Values(Integer year, Instrument instrument, BigDecimal index, String predicate) {
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern REGULATION = Pattern.compile("(\\d{1,3})\\s*(?:/|-|tahun)\\s*(\\d{4})");

    private final int year;
    private final List<Instrument> instruments;
    private final Optional<Instrument> ofYear;
    private final ResultImportHeader header;
    private final Map<String, List<Integer>> instrumentLines = new LinkedHashMap<>();
    private boolean noInstrumentReported;

    ResultValueChecks(int year, List<Instrument> instruments, ResultImportHeader header) {
        this.year = year;
        this.instruments = List.copyOf(instruments);
        this.ofYear = instrumentOfYear(year, instruments);
        this.header = header;
    }

    /** Checks the row's year, instrument, index and predicate cells (each may be empty); problems go to {@code problems}. */
    Values check(int line, String yearText, String instrumentText, String indexText, String predicateText,
            List<RowProblem> problems) {
        Integer rowYear = year(line, yearText, problems);
        Instrument instrument = instrument(line, instrumentText, rowYear, problems);
        BigDecimal index = index(line, indexText, problems);
        String derived = index == null || instrument == null ? null : scaled(line, indexText, index, instrument, problems);
        if (!predicateText.isEmpty() && derived != null && !same(predicateText, derived)) {
            problems.add(new RowProblem(line, header.title(Column.PREDICATE), predicateText,
                    "result.import.predicate.contradicts", List.of(predicateText, indexText, instrument.code(), derived)));
        }
        return new Values(rowYear, instrument, index, derived);
    }

    /** The one instrument of every row, or null when the rows named none or several. */
    String instrumentCode() {
        return instrumentLines.size() == 1 ? instrumentLines.keySet().iterator().next() : null;
    }

    /** A file problem when the rows name several instruments, listing each with its lines. */
    Optional<RowProblem> mixedInstruments() {
        if (instrumentLines.size() <= 1) {
            return Optional.empty();
        }
        String mixed = instrumentLines.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ")")
                .collect(Collectors.joining("; "));
        return Optional.of(new RowProblem(0, null, null, "result.import.instrument.mixed", List.of(mixed)));
    }

    /** The row's year: the import's when not given, null when not a year. */
    private Integer year(int line, String yearText, List<RowProblem> problems) {
        if (yearText.isEmpty()) {
            return year;
        }
        if (!YEAR.matcher(yearText).matches()) {
            problems.add(new RowProblem(line, header.title(Column.YEAR), yearText, "result.import.year.notNumber",
                    List.of(yearText)));
            return null;
        }
        int rowYear = Integer.parseInt(yearText);
        if (rowYear != year) {
            problems.add(new RowProblem(line, header.title(Column.YEAR), yearText, "result.import.year.wrong",
                    List.of(rowYear, year)));
        }
        return rowYear;
    }

    private Instrument instrument(int line, String instrumentText, Integer rowYear, List<RowProblem> problems) {
        Instrument instrument;
        if (!instrumentText.isEmpty()) {
            instrument = resolve(instrumentText, instruments).orElse(null);
            if (instrument == null) {
                problems.add(new RowProblem(line, header.title(Column.INSTRUMENT), instrumentText,
                        "result.import.instrument.unknown", List.of(instrumentText)));
            }
        } else {
            instrument = ofYear.orElse(null);
            if (instrument == null && !noInstrumentReported) {
                noInstrumentReported = true;
                problems.add(new RowProblem(0, null, null, "result.import.instrument.none", List.of(year)));
            }
        }
        if (instrument != null) {
            instrumentLines.computeIfAbsent(instrument.code(), k -> new ArrayList<>()).add(line);
            if (rowYear != null && !covers(instrument, rowYear, instruments)) {
                problems.add(yearOutside(line, rowYear, instrument));
            }
        }
        return instrument;
    }

    /** The index as a number (a decimal comma or point, never thousands separators), null when missing or not one. */
    private BigDecimal index(int line, String indexText, List<RowProblem> problems) {
        if (indexText.isEmpty()) {
            problems.add(new RowProblem(line, header.title(Column.INDEX), "", "result.import.index.required", List.of()));
            return null;
        }
        if (!NUMBER.matcher(indexText).matches() || DecimalInput.parse(indexText).isEmpty()) {
            problems.add(new RowProblem(line, header.title(Column.INDEX), DecimalInput.shown(indexText),
                    "result.import.index.notNumber", List.of(DecimalInput.shown(indexText))));
            return null;
        }
        return DecimalInput.parse(indexText).orElseThrow();
    }

    /** The predicate the row will be recorded with (as {@code ResultService.checked}), null when the index is outside the scale or too precise. */
    private String scaled(int line, String indexText, BigDecimal index, Instrument instrument, List<RowProblem> problems) {
        BigDecimal min = instrument.valueScale().min();
        BigDecimal max = instrument.valueScale().max();
        if (index.compareTo(min) < 0 || index.compareTo(max) > 0) {
            problems.add(new RowProblem(line, header.title(Column.INDEX), indexText, "result.import.index.range",
                    List.of(indexText, min.toPlainString(), max.toPlainString(), instrument.code())));
            return null;
        }
        if (index.stripTrailingZeros().scale() > ResultService.STORED_DECIMALS) {
            problems.add(new RowProblem(line, header.title(Column.INDEX), indexText, "result.import.index.decimals",
                    List.of(indexText)));
            return null;
        }
        return instrument.present(index).predicateName();
    }

    private static boolean same(String predicate, String other) {
        return predicate.strip().replaceAll("\\s+", " ").equalsIgnoreCase(other.strip().replaceAll("\\s+", " "));
    }

    /** An instrument by its code ({@code permenpanrb-59-2020}) or its regulation number and year (59/2020). */
    static Optional<Instrument> resolve(String text, List<Instrument> instruments) {
        String plain = text.strip().toLowerCase(Locale.ROOT);
        for (Instrument instrument : instruments) {
            if (instrument.code().equalsIgnoreCase(plain)) {
                return Optional.of(instrument);
            }
        }
        Matcher matcher = REGULATION.matcher(plain);
        if (matcher.find()) {
            String code = "permenpanrb-" + Integer.parseInt(matcher.group(1)) + "-" + matcher.group(2);
            return instruments.stream().filter(i -> i.code().equals(code)).findFirst();
        }
        return Optional.empty();
    }

    /**
     * Whether an instrument evaluates a year: the years it declares, and for the newest instrument
     * (the one whose years reach furthest) also every later year, as it stays in force until another
     * one replaces it. An instrument that declares no years is not limited.
     */
    static boolean covers(Instrument instrument, int year, List<Instrument> instruments) {
        List<Integer> years = instrument.usedForEvaluationYears();
        if (years.isEmpty() || years.contains(year)) {
            return true;
        }
        int own = years.stream().max(Integer::compare).orElseThrow();
        int newest = instruments.stream().flatMap(i -> i.usedForEvaluationYears().stream()).max(Integer::compare).orElse(own);
        return own >= newest && year > own;
    }

    /** The instrument of a year: the one declaring it, else the newest one if the year is after its years. */
    static Optional<Instrument> instrumentOfYear(int year, List<Instrument> instruments) {
        return instruments.stream().filter(i -> i.usedForEvaluationYears().contains(year)).findFirst()
                .or(() -> instruments.stream().filter(i -> covers(i, year, instruments)).findFirst());
    }

    private RowProblem yearOutside(int line, int rowYear, Instrument instrument) {
        List<Integer> years = instrument.usedForEvaluationYears();
        int first = years.stream().min(Integer::compare).orElse(rowYear);
        int last = years.stream().max(Integer::compare).orElse(rowYear);
        boolean newest = covers(instrument, last + 1, instruments);
        return new RowProblem(line, header.title(Column.YEAR), String.valueOf(rowYear),
                newest ? "result.import.year.instrumentSince" : "result.import.year.instrument",
                List.of(rowYear, instrument.code(), first, last));
    }
}
