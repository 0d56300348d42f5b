package id.sinergi.monitoring.domain;

import id.sinergi.audit.AuditLog;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.framework.EvaluationYears;
import id.sinergi.framework.Presented;
import id.sinergi.monitoring.GovernmentResult;
import id.sinergi.monitoring.MonitoringProblem;
import id.sinergi.monitoring.NationalResult;
import id.sinergi.monitoring.ResultSource;
import id.sinergi.monitoring.Results;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ResultService implements Results {

    /** Decimals {@code government_result.index_value} keeps (numeric(4,2)): what a result may be entered with. */
    static final int STORED_DECIMALS = 2;

    private final ResultRepository repository;
    private final Organization organization;
    private final InstrumentCatalog instruments;
    private final AuditLog audit;

    ResultService(ResultRepository repository, Organization organization, InstrumentCatalog instruments, AuditLog audit) {
        this.repository = repository;
        this.organization = organization;
        this.instruments = instruments;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<GovernmentResult> publishedOf(int year) {
        Map<Long, Government> governments = governments();
        return repository.publishedOf(year).stream().map(r -> view(r, governments.get(r.governmentId())))
                .sorted(Comparator.comparing(GovernmentResult::index).reversed()
                        .thenComparing(GovernmentResult::governmentName))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> publishedYears() {
        return repository.publishedYears();
    }

    @Override
    @Transactional(readOnly = true)
    public List<GovernmentResult> ofGovernment(Actor actor, long governmentId) {
        Government government = organization.government(governmentId).orElseThrow(NotPermittedException::new);
        boolean entitled = actor != null && actor.canRead(governmentId);
        return repository.ofGovernment(governmentId).stream().filter(r -> r.published() || entitled)
                .map(r -> view(r, government)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NationalResult> national() {
        return repository.national();
    }

    @Override
    @Transactional
    public GovernmentResult record(Actor actor, ResultEntry entry) {
        actor.require(actor.isNationalAdmin());
        long governmentId = entry.governmentId();
        int year = entry.year();
        String instrumentCode = entry.instrumentCode();
        BigDecimal index = entry.index();
        String predicate = entry.predicate();
        ResultSource source = entry.source();
        String sourceNote = entry.sourceNote();
        Government government = organization.government(governmentId)
                .orElseThrow(() -> new MonitoringProblem("result.government.unknown", String.valueOf(governmentId)));
        Presented presented = checked(instrumentCode, index, predicate);
        if (!EvaluationYears.accepted(year)) {
            throw new MonitoringProblem("result.year.invalid", year, EvaluationYears.FIRST, EvaluationYears.LAST);
        }
        Optional<ResultRepository.Row> before = repository.of(governmentId, year);
        long id = repository.upsert(governmentId, year, instrumentCode, presented.rounded(), null, presented.predicateName(),
                source == null ? ResultSource.ENTRY : source, blankToNull(sourceNote), entry.sample(), true, actor.userId());
        ResultRepository.Row after = repository.of(governmentId, year).orElseThrow();
        audit.record("result.record", "government_result", id, governmentId, before.orElse(null), after);
        return view(after, government);
    }

    /**
     * The index presented with its instrument's rule (rounded to its scale, predicate on its basis); a
     * different given predicate is refused. An index is accepted with at most {@link #STORED_DECIMALS}
     * decimals: more would be rounded silently by the column.
     */
    Presented checked(String instrumentCode, BigDecimal index, String given) {
        Instrument instrument = instruments.findPublished(instrumentCode == null ? "" : instrumentCode)
                .orElseThrow(() -> new MonitoringProblem("result.instrument.unknown", instrumentCode == null ? "" : instrumentCode));
        if (index == null) {
            throw new MonitoringProblem("result.index.required");
        }
        return checked(instrument, index, given);
    }

    static Presented checked(Instrument instrument, BigDecimal index, String given) {
        if (index.compareTo(instrument.valueScale().min()) < 0 || index.compareTo(instrument.valueScale().max()) > 0) {
            throw new MonitoringProblem("result.index.range", index.toPlainString(),
                    instrument.valueScale().min().toPlainString(), instrument.valueScale().max().toPlainString());
        }
        if (index.stripTrailingZeros().scale() > STORED_DECIMALS) {
            throw new MonitoringProblem("result.index.decimals", index.toPlainString());
        }
        Presented presented = instrument.present(index);
        if (presented.predicate() == null) {
            throw new MonitoringProblem("result.index.range", index.toPlainString(),
                    instrument.valueScale().min().toPlainString(), instrument.valueScale().max().toPlainString());
        }
        String derived = presented.predicateName();
        if (given != null && !given.isBlank() && !normalise(given).equals(normalise(derived))) {
            throw new MonitoringProblem("result.predicate.contradicts", given.strip(), index.toPlainString(), derived);
        }
        return presented;
    }

    @Override
    @Transactional
    public NationalResult recordNational(Actor actor, NationalResult result) {
        actor.require(actor.isNationalAdmin());
        if (!EvaluationYears.accepted(result.year())) {
            throw new MonitoringProblem("result.year.invalid", result.year(), EvaluationYears.FIRST, EvaluationYears.LAST);
        }
        if (result.index() != null) {
            checked(result.instrumentCode(), result.index(), null);
        }
        if (result.sourceNote() == null || result.sourceNote().isBlank()) {
            throw new MonitoringProblem("result.source.required");
        }
        repository.upsertNational(result);
        audit.record("result.national", "national_result", String.valueOf(result.year()), null, null, result);
        return result;
    }

    /** A finalized assessment's result: recorded unpublished until the national admin publishes the year. */
    @Transactional
    void recordFinal(long governmentId, int year, String instrumentCode, BigDecimal index, String indexExact,
            String predicate, String periodName, boolean sample) {
        Optional<ResultRepository.Row> before = repository.of(governmentId, year);
        if (before.isPresent() && before.get().source() != ResultSource.ASSESSMENT) {
            return;
        }
        long id = repository.upsert(governmentId, year, instrumentCode, index, indexExact, predicate,
                ResultSource.ASSESSMENT, sample ? "Data contoh: " + periodName : null, sample, false, null);
        audit.record("result.final", "government_result", id, governmentId, before.orElse(null),
                repository.of(governmentId, year).orElseThrow());
    }

    @Override
    @Transactional
    public int publishYear(Actor actor, int year) {
        actor.require(actor.isNationalAdmin());
        int count = repository.publishYear(year);
        audit.record("result.publish", "government_result", String.valueOf(year), null, null, Map.of("published", count));
        return count;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> predicateOf(String instrumentCode, BigDecimal index) {
        return instruments.findPublished(instrumentCode).map(i -> i.present(index).predicateName());
    }

    private static String normalise(String predicate) {
        return predicate.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Map<Long, Government> governments() {
        return organization.governments(null, null, null).stream().collect(Collectors.toMap(Government::id, Function.identity()));
    }

    static GovernmentResult view(ResultRepository.Row r, Government g) {
        return new GovernmentResult(r.id(), r.governmentId(), g.code(), g.name(), g.category(), g.region(), g.provinceCode(),
                r.year(), r.instrumentCode(), r.index(), r.predicate(), r.source(), r.sourceNote(), r.sample(), r.published(),
                r.recordedAt());
    }
}
