package id.sinergi.scoring.rest;

import id.sinergi.shared.BodyLimit;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.scoring.InputProblem;
import id.sinergi.scoring.ScoreCalculator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Skor", description = "Kalkulator indeks publik / public index calculator")
class ScoreController {

    /** A complete request of the largest instrument is about 1 KB; anything far larger is not one (413 while reading). */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final InstrumentCatalog instruments;
    private final MessageSource messages;

    ScoreController(InstrumentCatalog instruments, MessageSource messages) {
        this.instruments = instruments;
        this.messages = messages;
    }

    @BodyLimit(kilobytes = ScoreController.MAX_BODY_BYTES / 1024)
    @PostMapping(path = "/api/v1/frameworks/{frameworkCode}/score", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hitung indeks, nilai domain dan aspek, serta predikat",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ScoreRequest.class))),
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScoreResponse.class))),
                    @ApiResponse(responseCode = "400", description = "Masukan tidak valid; setiap kode indikator bermasalah disebut",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "404", description = "Instrumen tidak dikenal",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<?> score(@PathVariable String frameworkCode, @RequestBody(required = false) byte[] body,
            @RequestParam(defaultValue = "false") boolean explain, Locale locale, HttpServletRequest http) {
        Instrument instrument = instruments.findPublished(frameworkCode).orElse(null);
        if (instrument == null) {
            return problem(HttpStatus.NOT_FOUND, "problem.framework.notFound",
                    messages.getMessage("framework.notFound", new Object[] {frameworkCode}, locale), locale, http);
        }
        ScoreRequestReader.Result request = ScoreRequestReader.read(body);
        if (request.failure().isPresent()) {
            return problem(HttpStatus.BAD_REQUEST, "problem.score.invalidBody",
                    messages.getMessage(request.failure().get(), null, locale), locale, http);
        }
        List<InputProblem> problems = ScoreCalculator.validate(instrument, request.entries());
        if (!problems.isEmpty()) {
            return invalidLevels(problems, locale, http);
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        request.entries().forEach(e -> values.put(e.code(), e.value()));
        return ResponseEntity.ok(ScoreResponse.of(ScoreCalculator.score(instrument, values),
                instrument.roundingScale(), explain));
    }

    private ResponseEntity<ProblemDetail> invalidLevels(List<InputProblem> problems, Locale locale, HttpServletRequest http) {
        List<Map<String, Object>> errors = problems.stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("indicator", p.code());
            error.put("problem", p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            error.put("message", messages.getMessage(p.kind().messageKey(), withCode(p), locale));
            return error;
        }).toList();
        String codes = String.join(", ", problems.stream().map(InputProblem::code).distinct().toList());
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, "problem.score.invalidLevels",
                messages.getMessage("score.input.summary", new Object[] {problems.size(), codes}, locale), locale, http);
        response.getBody().setProperty("errors", errors);
        return response;
    }

    private static Object[] withCode(InputProblem problem) {
        Object[] args = new Object[problem.arguments().size() + 1];
        args[0] = problem.code();
        for (int i = 0; i < problem.arguments().size(); i++) {
            args[i + 1] = problem.arguments().get(i);
        }
        return args;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detail, Locale locale,
            HttpServletRequest http) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setInstance(URI.create(http.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
