package id.sinergi.monitoring.domain;

import id.sinergi.audit.AuditLog;
import id.sinergi.framework.EvaluationYears;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.monitoring.ResultImport;
import id.sinergi.monitoring.ResultImport.Row;
import id.sinergi.monitoring.ResultImport.RowProblem;
import id.sinergi.monitoring.ResultImports;
import id.sinergi.monitoring.ResultSource;
import id.sinergi.monitoring.Results;
import id.sinergi.monitoring.Results.ResultEntry;
import id.sinergi.monitoring.domain.ResultImportHeader.Column;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.CsvReader.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The report on a list: its header found ({@link ResultImportHeader}), each data row matched to a
     * government ({@link ResultRowMatcher}) and its values checked against the instrument of the year
     * ({@link ResultValueChecks}), every problem named with its line.
     */
    ResultImport validate(Upload upload, List<Line> lines) {
        List<RowProblem> problems = formProblems(upload);
        String source = source(upload);
        Optional<ResultImportHeader> found = ResultImportHeader.find(lines);
        if (found.isEmpty()) {
            problems.add(fileProblem("result.import.header.missing"));
            return report(upload, source, null, List.of(), problems);
        }
        ResultImportHeader header = found.get();
        List<Line> data = header.data(lines);
        if (data.isEmpty()) {
            problems.add(fileProblem("result.import.rows.none"));
            return report(upload, source, null, List.of(), problems);
        }
        List<Instrument> instruments = catalog.listPublished().stream().map(InstrumentCatalog.PublishedInstrument::instrument)
                .toList();
        ResultRowMatcher matcher = new ResultRowMatcher(organization::governmentByCode,
                new ResultImportNames(organization.governments(null, null, null)), header.title(Column.CODE),
                header.title(Column.NAME));
        ResultValueChecks checks = new ResultValueChecks(upload.year(), instruments, header);
        Map<Long, BigDecimal> existing = repository.indexOf(upload.year());
        List<Row> rows = new ArrayList<>();
        for (Line line : data) {
            int n = line.number();
            ResultRowMatcher.Matched matched = matcher.match(n, header.cell(line, Column.CODE),
                    header.cell(line, Column.NAME), problems);
            String yearText = header.cell(line, Column.YEAR);
            String instrumentText = header.cell(line, Column.INSTRUMENT);
            String indexText = header.cell(line, Column.INDEX);
            String predicateText = header.cell(line, Column.PREDICATE);
            ResultValueChecks.Values values = checks.check(n, yearText, instrumentText, indexText, predicateText, problems);
            Government government = matched.government();
            rows.add(new Row(n, matched.given(), matched.match(), government == null ? null : government.id(),
                    government == null ? null : government.code(), government == null ? null : government.name(),
                    matched.candidates(), yearText, instrumentText, indexText, values.index(),
                    predicateText.isEmpty() ? null : predicateText, values.predicate(),
                    government == null ? null : existing.get(government.id())));
        }
        checks.mixedInstruments().ifPresent(problems::add);
        return report(upload, source, checks.instrumentCode(), rows, problems);
    }

    private static ResultImport report(Upload upload, String source, String instrumentCode, List<Row> rows,
            List<RowProblem> problems) {
        List<RowProblem> sorted = problems.stream().sorted(Comparator.comparingInt(RowProblem::line)).toList();
        return new ResultImport(upload.fileName(), upload.sha256(), upload.year(), instrumentCode, source, rows, sorted, 0);
    }

    private static RowProblem fileProblem(String key, Object... arguments) {
        return new RowProblem(0, null, null, key, List.of(arguments));
    }
}
