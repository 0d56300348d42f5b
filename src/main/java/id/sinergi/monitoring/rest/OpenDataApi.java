package id.sinergi.monitoring.rest;

import id.sinergi.monitoring.GovernmentResult;
import id.sinergi.monitoring.Rankings;
import id.sinergi.shared.Csv;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data: every published result of a year at a stable URL, as CSV ({@code /data/hasil/2022.csv})
 * and JSON ({@code /data/hasil/2022.json}), with the same fields. Cacheable for five minutes, with a
 * weak ETag (compressed and plain bodies are equivalent); a year without published results is 404. A file is built once per change of the year's
 * results (the rankings' cached list is the key).
 */
@RestController
class OpenDataApi {

    static final String HEADER = "kode,instansi,kategori,wilayah,tahun,instrumen,indeks,predikat,sumber,data_contoh";
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Rankings rankings;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    private record Built(List<GovernmentResult> from, byte[] body, String etag) {
    }

    OpenDataApi(Rankings rankings) {
        this.rankings = rankings;
    }

    @GetMapping("/data/hasil/{year:\\d+}.csv")
    ResponseEntity<byte[]> csv(@PathVariable int year, WebRequest request) {
        return file(year, "csv", CSV, request);
    }

    @GetMapping("/data/hasil/{year:\\d+}.json")
    ResponseEntity<byte[]> json(@PathVariable int year, WebRequest request) {
        return file(year, "json", MediaType.APPLICATION_JSON, request);
    }

    private ResponseEntity<byte[]> file(int year, String format, MediaType type, WebRequest request) {
        List<GovernmentResult> results = rankings.publishedOf(year);
        if (results.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(("Tidak ada hasil evaluasi yang terbit untuk tahun " + year + ". Daftar tahun: /data/hasil\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        String key = format + year;
        Built file = built.get(key);
        if (file == null || file.from() != results) {
            byte[] body = "csv".equals(format) ? csv(results) : json(year, results);
            // A weak ETag: Tomcat does not compress a response that carries a strong one.
            file = new Built(results, body, "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"");
            built.put(key, file);
        }
        if (request.checkNotModified(file.etag())) {
            return null;
        }
        return ResponseEntity.ok().contentType(type).cacheControl(CACHE).eTag(file.etag())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"hasil-evaluasi-" + year + "." + format + "\"")
                .body(file.body());
    }

    static byte[] csv(List<GovernmentResult> results) {
        StringBuilder out = new StringBuilder(results.size() * 160).append(HEADER).append("\r\n");
        for (GovernmentResult r : results) {
            out.append(Csv.line(Csv.text(r.governmentCode()), Csv.text(r.governmentName()), Csv.text(r.category().label()),
                    Csv.text(r.region() == null ? "" : r.region().label()), Csv.number(r.year()),
                    Csv.text(r.instrumentCode()), Csv.number(r.index()), Csv.text(r.predicate()), Csv.text(r.sourceNote()),
                    r.sample() ? "ya" : "tidak"));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] json(int year, List<GovernmentResult> results) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("tahun", year);
        document.put("jumlah", results.size());
        document.put("data_contoh", results.stream().anyMatch(GovernmentResult::sample));
        document.put("hasil", results.stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kode", r.governmentCode());
            row.put("instansi", r.governmentName());
            row.put("kategori", r.category().label());
            row.put("wilayah", r.region() == null ? null : r.region().label());
            row.put("tahun", r.year());
            row.put("instrumen", r.instrumentCode());
            row.put("indeks", new BigDecimal(r.index().toPlainString()));
            row.put("predikat", r.predicate());
            row.put("sumber", r.sourceNote());
            row.put("data_contoh", r.sample());
            return row;
        }).toList());
        return json.writeValueAsBytes(document);
    }
}
