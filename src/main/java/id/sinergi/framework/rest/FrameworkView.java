package id.sinergi.framework.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.framework.Aspect;
import id.sinergi.framework.Domain;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentVersion;
import id.sinergi.framework.Level;
import id.sinergi.framework.LevelScale;
import id.sinergi.framework.PredicateBand;
import id.sinergi.shared.LocalizedText;
import java.time.Instant;
import java.util.List;

/** REST views of instruments: numbers as strings, never floating point. */
final class FrameworkView {

    private FrameworkView() {
    }

    record Summary(String code, String name, String indexName, boolean provisional, int version,
            List<Integer> usedForEvaluationYears, int indicatorCount, String href) {

        static Summary of(Instrument instrument, InstrumentVersion version) {
            return new Summary(instrument.code(), instrument.name(), instrument.indexName(), instrument.provisional(),
                    version.version(), instrument.usedForEvaluationYears(), instrument.indicators().size(),
                    "/api/v1/frameworks/" + instrument.code());
        }
    }

    record Detail(String code, String name, String indexName, boolean provisional, String status, int version,
            Instant publishedAt, List<Integer> usedForEvaluationYears, List<String> sources, ValueScaleView valueScale,
            RoundingView rounding, String predicateBasis, List<LevelScaleView> levelScales,
            List<PredicateView> predicates, List<DomainView> domains, List<AspectView> aspects) {

        static Detail of(Instrument i, InstrumentVersion v) {
            return new Detail(i.code(), i.name(), i.indexName(), i.provisional(), i.status(), v.version(),
                    v.publishedAt(), i.usedForEvaluationYears(), i.sources(),
                    new ValueScaleView(i.valueScale().min().toPlainString(), i.valueScale().max().toPlainString(),
                            i.valueScale().decimals()),
                    new RoundingView(i.roundingScale(), "HALF_UP"), i.predicateBasis().name(),
                    i.levelScales().stream().map(LevelScaleView::of).toList(),
                    i.predicates().stream().map(PredicateView::of).toList(),
                    i.domains().stream().map(DomainView::of).toList(),
                    i.aspects().stream().map(AspectView::of).toList());
        }
    }

    record ValueScaleView(String min, String max, int decimals) {
    }

    record RoundingView(int scale, String mode) {
    }

    record LevelScaleView(String code, String name, List<LevelView> levels) {
        static LevelScaleView of(LevelScale scale) {
            return new LevelScaleView(scale.code(), scale.name(), scale.levels().stream().map(LevelView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LevelView(int level, String name, LocalizedText criteria, String min, Boolean minInclusive, String max,
            Boolean maxInclusive) {
        static LevelView of(Level level) {
            return level.hasBand()
                    ? new LevelView(level.level(), level.name(), level.criteria(), level.bandMin().toPlainString(),
                            level.bandMinInclusive(), level.bandMax().toPlainString(), level.bandMaxInclusive())
                    : new LevelView(level.level(), level.name(), level.criteria(), null, null, null, null);
        }
    }

    record PredicateView(String name, String min, boolean minInclusive, String max, boolean maxInclusive) {
        static PredicateView of(PredicateBand band) {
            return new PredicateView(band.name(), band.min().toPlainString(), band.minInclusive(),
                    band.max().toPlainString(), band.maxInclusive());
        }
    }

    record DomainView(String code, String name, String weight, List<String> aspects) {
        static DomainView of(Domain domain) {
            return new DomainView(domain.code(), domain.name(), domain.weight().toString(),
                    domain.aspects().stream().map(Aspect::code).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AspectView(String code, String domain, String name, String weight, List<IndicatorView> indicators) {
        static AspectView of(Aspect aspect) {
            return new AspectView(aspect.code(), aspect.domainCode(), aspect.name(), aspect.weight().toString(),
                    aspect.indicators().stream().map(IndicatorView::of).toList());
        }
    }

    record IndicatorView(String code, String name, String weight, String kind, String levelScale) {
        static IndicatorView of(Indicator indicator) {
            return new IndicatorView(indicator.code(), indicator.name(), indicator.weight().toString(),
                    indicator.kind().name(), indicator.levelScale());
        }
    }

    record VersionView(String code, int version, String status, String sha256, Instant importedAt, Instant publishedAt,
            Instant retiredAt) {
        static VersionView of(InstrumentVersion v) {
            return new VersionView(v.code(), v.version(), v.status().name(), v.sha256(), v.importedAt(), v.publishedAt(),
                    v.retiredAt());
        }
    }
}
