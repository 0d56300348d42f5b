package id.sinergi.monitoring.rest;

import id.sinergi.monitoring.GovernmentResult;
import id.sinergi.monitoring.NationalResult;
import id.sinergi.monitoring.Ranking;
import id.sinergi.monitoring.RankingFilter;
import id.sinergi.monitoring.Rankings;
import id.sinergi.monitoring.Rankings.RankingYear;
import id.sinergi.monitoring.Rankings.StatisticsCount;
import id.sinergi.monitoring.Rankings.TrendBreak;
import id.sinergi.organization.GovernmentCategory;
import id.sinergi.organization.Region;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Peringkat dan statistik", description = "Peringkat, statistik, dan tren dari hasil evaluasi yang sudah terbit (publik)")
class RankingApi {

    private final Rankings rankings;
    private final MessageSource messages;

    RankingApi(Rankings rankings, MessageSource messages) {
        this.rankings = rankings;
        this.messages = messages;
    }

    /** One ranked result; {@code tied}: another result has the same index (and so the same rank). */
    record RankedResult(int rank, boolean tied, long governmentId, String code, String name, GovernmentCategory category,
            Region region, String instrument, BigDecimal index, String predicate, boolean sample) {
    }

    record RankingResponse(int year, String category, Region region, String group, NationalResult national,
            boolean sample, List<RankedResult> results) {
    }

    record BestResult(long governmentId, String code, String name, BigDecimal index, String predicate, boolean sample) {
    }

    record RegionFigures(String code, String label, boolean group, int count, BigDecimal mean, List<BestResult> best,
            boolean uniquePredicate) {
    }

    record SectionFigures(String instrument, BigDecimal scaleMin, BigDecimal scaleMax, int count, BigDecimal sum,
            BigDecimal mean, List<StatisticsCount> distribution, List<RegionFigures> regions) {
    }

    record StatisticsResponse(int year, String category, Region region, String group, NationalResult national,
            boolean sample, List<SectionFigures> instruments) {
    }

    record TrendPoint(int year, BigDecimal index, String predicate, boolean sample) {
    }

    record TrendSegmentView(String instrument, BigDecimal scaleMin, BigDecimal scaleMax, TrendBreak breakBefore,
            List<TrendPoint> points) {
    }

    record TrendResponse(long governmentId, String code, String name, List<TrendSegmentView> segments) {
    }

    @GetMapping("/api/v1/rankings")
    @Operation(summary = "Tahun yang punya hasil terbit, terbaru dulu")
    List<Integer> years() {
        return rankings.publishedYears();
    }

    @GetMapping("/api/v1/rankings/{year}")
    @Operation(summary = "Peringkat satu tahun: seri dinyatakan (peringkat sama, berikutnya dilompati); "
            + "category ALL, PEMDA, PROVINSI, KABUPATEN, KOTA, INSTANSI_PUSAT; region satu wilayah; group INDONESIA_TIMUR")
    ResponseEntity<?> ranking(@PathVariable int year, @RequestParam(required = false) String category,
            @RequestParam(required = false) String region,
            @Parameter(description = "INDONESIA_TIMUR") @RequestParam(required = false) String group, Locale locale) {
        RankingFilter filter = RankingFilter.parse(category, region, group);
        return rankings.of(year, filter).<ResponseEntity<?>>map(data -> ResponseEntity.ok(new RankingResponse(year,
                        filter.scope().name(), filter.region(), filter.group() == null ? null : filter.group().name(),
                        data.national(), data.anySample(), data.sections().stream().flatMap(s -> s.ranked().stream())
                        .map(RankingApi::ranked).toList())))
                .orElseGet(() -> notFound(year, locale, "/api/v1/rankings/" + year));
    }

    @GetMapping("/api/v1/statistics/{year}")
    @Operation(summary = "Statistik satu tahun: sebaran predikat, rata-rata (tepat, lalu dibulatkan sekali ke 2 desimal), "
            + "rata-rata dan terbaik per wilayah")
    ResponseEntity<?> statistics(@PathVariable int year, @RequestParam(required = false) String category,
            @RequestParam(required = false) String region,
            @Parameter(description = "INDONESIA_TIMUR") @RequestParam(required = false) String group, Locale locale) {
        RankingFilter filter = RankingFilter.parse(category, region, group);
        return rankings.of(year, filter).<ResponseEntity<?>>map(data -> ResponseEntity.ok(statistics(data)))
                .orElseGet(() -> notFound(year, locale, "/api/v1/statistics/" + year));
    }

    @GetMapping("/api/v1/governments/{governmentId}/trend")
    @Operation(summary = "Tren hasil terbit satu instansi: segmen per instrumen; instrumen berbeda tidak pernah disambung")
    ResponseEntity<?> trend(@PathVariable long governmentId, Locale locale) {
        return rankings.trendOf(governmentId).<ResponseEntity<?>>map(t -> ResponseEntity.ok(new TrendResponse(
                        t.government().id(), t.government().code(), t.government().name(), t.segments().stream()
                        .map(s -> new TrendSegmentView(s.instrumentCode(), s.scaleMin(), s.scaleMax(), s.breakBefore(),
                                s.points().stream().map(p -> new TrendPoint(p.year(), p.index(), p.predicate(), p.sample()))
                                        .toList())).toList())))
                .orElseGet(() -> {
                    ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            messages.getMessage("ranking.government.unknown", new Object[] {governmentId}, locale));
                    detail.setInstance(URI.create("/api/v1/governments/" + governmentId + "/trend"));
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(detail);
                });
    }

    private static StatisticsResponse statistics(RankingYear data) {
        RankingFilter filter = data.filter();
        return new StatisticsResponse(data.year(), filter.scope().name(), filter.region(),
                filter.group() == null ? null : filter.group().name(), data.national(), data.anySample(),
                data.sections().stream().map(s -> new SectionFigures(s.instrumentCode(), s.scaleMin(), s.scaleMax(),
                        s.statistics().count(), s.statistics().sum(), s.statistics().mean(), s.statistics().distribution(),
                        s.statistics().regions().stream().map(r -> new RegionFigures(r.code(), r.label(), r.group(),
                                r.count(), r.mean(), r.best().stream().map(RankingApi::best).toList(), r.uniquePredicate()))
                                .toList())).toList());
    }

    private static RankedResult ranked(Ranking.Ranked ranked) {
        GovernmentResult r = ranked.result();
        return new RankedResult(ranked.rank(), ranked.tied(), r.governmentId(), r.governmentCode(), r.governmentName(),
                r.category(), r.region(), r.instrumentCode(), r.index(), r.predicate(), r.sample());
    }

    private static BestResult best(GovernmentResult r) {
        return new BestResult(r.governmentId(), r.governmentCode(), r.governmentName(), r.index(), r.predicate(), r.sample());
    }

    private ResponseEntity<ProblemDetail> notFound(int year, Locale locale, String instance) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("ranking.year.none", new Object[] {year}, locale));
        detail.setInstance(URI.create(instance));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
