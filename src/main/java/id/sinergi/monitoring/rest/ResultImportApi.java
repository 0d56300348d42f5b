package id.sinergi.monitoring.rest;

import id.sinergi.shared.BodyLimit;
import id.sinergi.monitoring.ResultImport;
import id.sinergi.monitoring.ResultImports;
import id.sinergi.monitoring.ResultImports.Upload;
import id.sinergi.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Hasil evaluasi (admin)", description = "Impor daftar resmi hasil evaluasi per tahun")
class ResultImportApi {

    private final ResultImports imports;
    private final MessageSource messages;

    ResultImportApi(ResultImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** The report: every row as read and matched, every problem with its message; {@code applied} results recorded. */
    record Report(String fileName, String sha256, int year, String instrumentCode, String source, boolean clean,
            int applied, String message, List<RowView> rows, List<ProblemView> problems) {
    }

    record RowView(int line, String given, ResultImport.Match match, Long governmentId, String governmentCode,
            String governmentName, List<String> candidates, BigDecimal index, String predicate, String predicateGiven,
            BigDecimal replaces) {
    }

    record ProblemView(int line, String column, String value, String problem, String message) {
    }

    @BodyLimit(kilobytes = 5 * 1024 + 64)
    @PostMapping(path = "/api/v1/admin/results/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Impor daftar resmi hasil satu tahun (CSV atau Excel): apply=false memeriksa saja; "
            + "apply=true menerapkan semua baris hanya bila berkas bersih (400 dengan laporan bila tidak); "
            + "berkas yang tidak terbaca atau melewati batas: 400 dengan laporan")
    ResponseEntity<Report> importList(Actor actor, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "0") int year, @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "false") boolean apply, Locale locale) throws IOException {
        Upload upload = new Upload(file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes(), year, source);
        ResultImport report = apply ? imports.apply(actor, upload) : imports.check(actor, upload);
        Report body = report(report, locale);
        return (apply && !report.clean()) || report.refusedWhole() ? ResponseEntity.badRequest().body(body)
                : ResponseEntity.ok(body);
    }

    private Report report(ResultImport report, Locale locale) {
        String message = report.applied() > 0
                ? messages.getMessage("result.import.applied", new Object[] {report.applied(), report.year(),
                        report.fileName()}, locale)
                : report.clean() ? messages.getMessage("result.import.clean", new Object[] {report.rows().size()}, locale)
                        : messages.getMessage("result.import.refused", new Object[] {report.problems().size()}, locale);
        return new Report(report.fileName(), report.sha256(), report.year(), report.instrumentCode(), report.source(),
                report.clean(), report.applied(), message,
                report.rows().stream().map(r -> new RowView(r.line(), r.given(), r.match(), r.governmentId(),
                        r.governmentCode(), r.governmentName(), r.candidates(), r.index(), r.predicate(),
                        r.predicateGiven(), r.replaces())).toList(),
                report.problems().stream().map(p -> new ProblemView(p.line(), p.column(), p.value(), p.messageKey(),
                        messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))).toList());
    }
}
