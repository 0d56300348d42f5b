package id.sinergi.monitoring.domain;

import id.sinergi.audit.AuditLog;
import id.sinergi.framework.EvaluationYears;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.monitoring.ResultImport;
import id.sinergi.monitoring.ResultImport.Match;
import id.sinergi.monitoring.ResultImport.Row;
import id.sinergi.monitoring.ResultImport.RowProblem;
import id.sinergi.monitoring.ResultImports;
import id.sinergi.monitoring.ResultSource;
import id.sinergi.monitoring.Results;
import id.sinergi.monitoring.Results.ResultEntry;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.CsvReader.Line;
import id.sinergi.shared.DecimalInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads an official list (outside any transaction, within the reader's limits), matches every row to
 * the registry and checks it against the instrument of the year; records all rows in one transaction
 * only when nothing at all is wrong. See
 * {@code docs/results-import.md} for the file format and the rules.
 */
@Service
class ResultImportService implements ResultImports {

    /** What a column of the list holds. */
    enum Column {
        CODE(Set.of("kode", "code", "kodewilayah", "kodeinstansi", "kodepemda", "kodedaerah", "kodekemendagri",
                "governmentcode")),
        NAME(Set.of("instansi", "nama", "namainstansi", "name", "government", "instansipemerintah", "pemerintahdaerah",
                "pemda", "namapemda", "namadaerah", "namapemerintahdaerah", "kabupatenkota", "daerah", "governmentname")),
        YEAR(Set.of("tahun", "year", "tahunevaluasi", "tahunpenilaian")),
        INSTRUMENT(Set.of("instrumen", "instrument", "instrumenevaluasi", "peraturan", "dasarevaluasi", "regulasi")),
        INDEX(Set.of("indeks", "index", "indeksspbe", "indekspemdi", "indekspemerintahdigital", "nilai", "nilaiindeks",
                "nilaiindeksspbe")),
        PREDICATE(Set.of("predikat", "predicate", "kategori"));

        private final Set<String> names;

        Column(Set<String> names) {
            this.names = names;
        }

        static Optional<Column> of(String header) {
            String key = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            for (Column column : values()) {
                if (column.names.contains(key)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    private static final int HEADER_SEARCH = 30;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern REGULATION = Pattern.compile("(\\d{1,3})\\s*(?:/|-|tahun)\\s*(\\d{4})");

    private final Organization organization;
    private final InstrumentCatalog catalog;
    private final Results results;
    private final ResultImportRepository repository;
    private final AuditLog audit;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    ResultImportService(Organization organization, InstrumentCatalog catalog, Results results,
            ResultImportRepository repository, AuditLog audit, PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.organization = organization;
        this.catalog = catalog;
        this.results = results;
        this.repository = repository;
        this.audit = audit;
    }

    /**
     * The file is read and its limits checked before any transaction or connection is taken: a
     * hostile workbook costs the request's thread, never a pooled connection.
     */
    @Override
    public ResultImport check(Actor actor, Upload upload) {
        actor.require(actor.isNationalAdmin());
        Read read = read(upload);
        if (read.refused() != null) {
            return read.refused();
        }
        return readOnly.execute(status -> validate(upload, read.lines()));
    }

    @Override
    public ResultImport apply(Actor actor, Upload upload) {
        actor.require(actor.isNationalAdmin());
        Read read = read(upload);
        if (read.refused() != null) {
            return read.refused();
        }
        return writing.execute(status -> record(actor, upload, validate(upload, read.lines())));
    }

    private ResultImport record(Actor actor, Upload upload, ResultImport report) {
        if (!report.clean()) {
            return report;
        }
        String note = upload.source().strip() + " (berkas " + upload.fileName() + ")";
        int replaced = 0;
        for (Row row : report.rows()) {
            results.record(actor, new ResultEntry(row.governmentId(), upload.year(), report.instrumentCode(), row.index(),
                    row.predicateGiven(), ResultSource.IMPORT, note, false));
            replaced += row.replaces() == null ? 0 : 1;
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", upload.fileName());
        summary.put("sha256", upload.sha256());
        summary.put("source", upload.source().strip());
        summary.put("instrument", report.instrumentCode());
        summary.put("rows", report.rows().size());
        summary.put("replaced", replaced);
        audit.record("result.import", "government_result", String.valueOf(upload.year()), null, null, summary);
        return new ResultImport(report.fileName(), report.sha256(), report.year(), report.instrumentCode(),
                report.source(), report.rows(), report.problems(), report.rows().size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<YearSummary> years(Actor actor) {
        actor.require(actor.isNationalAdmin());
        return repository.years();
    }

    /** The file's lines, or the report refusing it when it cannot be read (or the form lacks year or source). */
    private record Read(List<Line> lines, ResultImport refused) {
    }

    /** Reads the file outside any transaction; no database access. */
    private static Read read(Upload upload) {
        List<RowProblem> problems = formProblems(upload);
        try {
            return new Read(ResultImportReader.read(upload.content()), null);
        } catch (ResultImportReader.Unreadable e) {
            problems.add(new RowProblem(e.line, null, null, e.messageKey, e.arguments));
            return new Read(null, report(upload, source(upload), null, List.of(), problems));
        }
    }

    private static String source(Upload upload) {
        return upload.source() == null ? "" : upload.source().strip();
    }

    private static List<RowProblem> formProblems(Upload upload) {
        List<RowProblem> problems = new ArrayList<>();
        if (!EvaluationYears.accepted(upload.year())) {
            problems.add(fileProblem("result.import.year.invalid", upload.year(), EvaluationYears.FIRST, EvaluationYears.LAST));
        }
        if (source(upload).isEmpty()) {
            problems.add(fileProblem("result.import.source.required"));
        } else if (source(upload).chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            problems.add(fileProblem("result.import.source.control"));
        }
        return problems;
    }

    ResultImport validate(Upload upload, List<Line> lines) {
        int year = upload.year();
        List<RowProblem> problems = formProblems(upload);
        List<Row> rows = new ArrayList<>();
        String source = source(upload);
        int headerAt = -1;
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Map<Column, String> headers = new EnumMap<>(Column.class);
        for (int i = 0; i < lines.size() && i < HEADER_SEARCH && headerAt < 0; i++) {
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            Map<Column, String> names = new EnumMap<>(Column.class);
            List<String> cells = lines.get(i).cells();
            for (int c = 0; c < cells.size(); c++) {
                int at = c;
                Column.of(cells.get(c)).ifPresent(column -> {
                    if (found.putIfAbsent(column, at) == null) {
                        names.put(column, cells.get(at).strip());
                    }
                });
            }
            if ((found.containsKey(Column.CODE) || found.containsKey(Column.NAME)) && found.containsKey(Column.INDEX)) {
                headerAt = i;
                columns.putAll(found);
                headers.putAll(names);
            }
        }
        if (headerAt < 0) {
            problems.add(fileProblem("result.import.header.missing"));
            return report(upload, source, null, rows, problems);
        }
        List<Line> data = lines.subList(headerAt + 1, lines.size()).stream()
                .filter(l -> !l.blank()).toList();
        if (data.isEmpty()) {
            problems.add(fileProblem("result.import.rows.none"));
            return report(upload, source, null, rows, problems);
        }
        List<Instrument> instruments = catalog.listPublished().stream().map(InstrumentCatalog.PublishedInstrument::instrument)
                .toList();
        Optional<Instrument> ofYear = instrumentOfYear(year, instruments);
        ResultImportNames names = new ResultImportNames(organization.governments(null, null, null));
        Map<Long, BigDecimal> existing = repository.indexOf(year);
        Map<Long, Integer> seen = new HashMap<>();
        Map<String, List<Integer>> instrumentLines = new LinkedHashMap<>();
        boolean noInstrumentReported = false;
        for (Line line : data) {
            int n = line.number();
            String code = columns.containsKey(Column.CODE) ? line.cell(columns.get(Column.CODE)) : "";
            String name = columns.containsKey(Column.NAME) ? line.cell(columns.get(Column.NAME)) : "";
            String given = code.isEmpty() ? name : code;
            Match match;
            Government government = null;
            List<String> candidates = List.of();
            if (!code.isEmpty()) {
                government = byCode(code).orElse(null);
                match = government == null ? Match.UNMATCHED : Match.CODE;
                if (government == null) {
                    problems.add(new RowProblem(n, headers.get(Column.CODE), code, "result.import.code.unknown",
                            List.of(code)));
                }
            } else if (!name.isEmpty()) {
                Optional<Government> asCode = name.matches("[0-9.]+") ? byCode(name) : Optional.empty();
                ResultImportNames.Found found = asCode.map(g -> new ResultImportNames.Found(List.of(g), List.of()))
                        .orElseGet(() -> names.find(name));
                if (found.matches().size() == 1) {
                    government = found.matches().get(0);
                    match = asCode.isPresent() ? Match.CODE : Match.NAME;
                } else if (found.matches().size() > 1) {
                    match = Match.AMBIGUOUS;
                    candidates = found.matches().stream().map(ResultImportService::label).toList();
                    problems.add(new RowProblem(n, headers.get(Column.NAME), name, "result.import.name.ambiguous",
                            List.of(name, String.join("; ", candidates))));
                } else {
                    match = Match.UNMATCHED;
                    candidates = found.suggestions().stream().map(ResultImportService::label).toList();
                    problems.add(candidates.isEmpty()
                            ? new RowProblem(n, headers.get(Column.NAME), name, "result.import.name.unmatched", List.of(name))
                            : new RowProblem(n, headers.get(Column.NAME), name, "result.import.name.suggest",
                                    List.of(name, String.join("; ", candidates))));
                }
            } else {
                match = Match.UNMATCHED;
                Column column = columns.containsKey(Column.NAME) ? Column.NAME : Column.CODE;
                problems.add(new RowProblem(n, headers.get(column), "", "result.import.government.required", List.of()));
            }
            if (government != null) {
                Integer first = seen.putIfAbsent(government.id(), n);
                if (first != null) {
                    problems.add(new RowProblem(n, null, given, "result.import.duplicate",
                            List.of(government.name(), first)));
                }
            }

            String yearText = columns.containsKey(Column.YEAR) ? line.cell(columns.get(Column.YEAR)) : "";
            Integer rowYear = year;
            if (!yearText.isEmpty()) {
                if (YEAR.matcher(yearText).matches()) {
                    rowYear = Integer.parseInt(yearText);
                    if (rowYear != year) {
                        problems.add(new RowProblem(n, headers.get(Column.YEAR), yearText, "result.import.year.wrong",
                                List.of(rowYear, year)));
                    }
                } else {
                    rowYear = null;
                    problems.add(new RowProblem(n, headers.get(Column.YEAR), yearText, "result.import.year.notNumber",
                            List.of(yearText)));
                }
            }

            String instrumentText = columns.containsKey(Column.INSTRUMENT) ? line.cell(columns.get(Column.INSTRUMENT)) : "";
            Instrument instrument = null;
            if (!instrumentText.isEmpty()) {
                instrument = resolve(instrumentText, instruments).orElse(null);
                if (instrument == null) {
                    problems.add(new RowProblem(n, headers.get(Column.INSTRUMENT), instrumentText,
                            "result.import.instrument.unknown", List.of(instrumentText)));
                }
            } else {
                instrument = ofYear.orElse(null);
                if (instrument == null && !noInstrumentReported) {
                    noInstrumentReported = true;
                    problems.add(fileProblem("result.import.instrument.none", year));
                }
            }
            if (instrument != null) {
                instrumentLines.computeIfAbsent(instrument.code(), k -> new ArrayList<>()).add(n);
                if (rowYear != null && !covers(instrument, rowYear, instruments)) {
                    problems.add(yearOutside(n, headers.get(Column.YEAR), rowYear, instrument, instruments));
                }
            }

            String indexText = columns.containsKey(Column.INDEX) ? line.cell(columns.get(Column.INDEX)) : "";
            BigDecimal index = null;
            String derived = null;
            if (indexText.isEmpty()) {
                problems.add(new RowProblem(n, headers.get(Column.INDEX), "", "result.import.index.required", List.of()));
            } else if (!NUMBER.matcher(indexText).matches() || DecimalInput.parse(indexText).isEmpty()) {
                problems.add(new RowProblem(n, headers.get(Column.INDEX), DecimalInput.shown(indexText),
                        "result.import.index.notNumber", List.of(DecimalInput.shown(indexText))));
            } else {
                index = DecimalInput.parse(indexText).orElseThrow();
                if (instrument != null) {
                    BigDecimal min = instrument.valueScale().min();
                    BigDecimal max = instrument.valueScale().max();
                    if (index.compareTo(min) < 0 || index.compareTo(max) > 0) {
                        problems.add(new RowProblem(n, headers.get(Column.INDEX), indexText, "result.import.index.range",
                                List.of(indexText, min.toPlainString(), max.toPlainString(), instrument.code())));
                    } else if (index.stripTrailingZeros().scale() > ResultService.STORED_DECIMALS) {
                        problems.add(new RowProblem(n, headers.get(Column.INDEX), indexText,
                                "result.import.index.decimals", List.of(indexText)));
                    } else {
                        // the predicate the row will be recorded with (ResultService.checked)
                        derived = instrument.present(index).predicateName();
                    }
                }
            }

            String predicateText = columns.containsKey(Column.PREDICATE) ? line.cell(columns.get(Column.PREDICATE)) : "";
            if (!predicateText.isEmpty() && derived != null && !same(predicateText, derived)) {
                problems.add(new RowProblem(n, headers.get(Column.PREDICATE), predicateText,
                        "result.import.predicate.contradicts", List.of(predicateText, indexText, instrument.code(), derived)));
            }
            rows.add(new Row(n, given, match, government == null ? null : government.id(),
                    government == null ? null : government.code(), government == null ? null : government.name(),
                    candidates, yearText, instrumentText, indexText, index, predicateText.isEmpty() ? null : predicateText,
                    derived, government == null ? null : existing.get(government.id())));
        }
        if (instrumentLines.size() > 1) {
            String mixed = instrumentLines.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + ")")
                    .collect(Collectors.joining("; "));
            problems.add(fileProblem("result.import.instrument.mixed", mixed));
        }
        String instrumentCode = instrumentLines.size() == 1 ? instrumentLines.keySet().iterator().next() : null;
        return report(upload, source, instrumentCode, rows, problems);
    }

    private static ResultImport report(Upload upload, String source, String instrumentCode, List<Row> rows,
            List<RowProblem> problems) {
        List<RowProblem> sorted = problems.stream().sorted(Comparator.comparingInt(RowProblem::line)).toList();
        return new ResultImport(upload.fileName(), upload.sha256(), upload.year(), instrumentCode, source, rows, sorted, 0);
    }

    private static RowProblem fileProblem(String key, Object... arguments) {
        return new RowProblem(0, null, null, key, List.of(arguments));
    }

    private Optional<Government> byCode(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        Optional<Government> found = organization.governmentByCode(upper);
        if (found.isEmpty() && upper.matches("\\d{2}\\.\\d")) {
            // Excel turns the code 76.10 typed as a number into 76.1
            found = organization.governmentByCode(upper + "0");
        }
        return found;
    }

    private static String label(Government government) {
        return government.name() + " (" + government.code() + ")";
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

    private static RowProblem yearOutside(int line, String column, int year, Instrument instrument,
            List<Instrument> instruments) {
        List<Integer> years = instrument.usedForEvaluationYears();
        int first = years.stream().min(Integer::compare).orElse(year);
        int last = years.stream().max(Integer::compare).orElse(year);
        boolean newest = covers(instrument, last + 1, instruments);
        return new RowProblem(line, column, String.valueOf(year),
                newest ? "result.import.year.instrumentSince" : "result.import.year.instrument",
                List.of(year, instrument.code(), first, last));
    }
}
