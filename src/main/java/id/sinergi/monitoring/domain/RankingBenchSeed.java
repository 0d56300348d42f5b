package id.sinergi.monitoring.domain;

import id.sinergi.audit.AuditLog;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.framework.Presented;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Grant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bench only ({@code bench/load-ranking.sh}): with {@code sinergi.bench.ranking-governments=600}
 * the registry is topped up with central agencies (BENCH-001, ...) to that many governments, and
 * every government without a result gets a published sample result (data contoh) for 2020 (5/2018)
 * and 2021–2025 (59/2020), fixed seed. Off (0) unless set; never in production.
 */
@Component
class RankingBenchSeed {

    private static final Logger log = LoggerFactory.getLogger(RankingBenchSeed.class);

    private final int governments;
    private final Organization organization;
    private final InstrumentCatalog instruments;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    RankingBenchSeed(@Value("${sinergi.bench.ranking-governments:0}") int governments, Organization organization,
            InstrumentCatalog instruments, JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit) {
        this.governments = governments;
        this.organization = organization;
        this.instruments = instruments;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void seed() {
        if (governments <= 0) {
            return;
        }
        log.warn("Bench: seeding sample results for {} governments x 6 years (sinergi.bench.ranking-governments)", governments);
        Actor bench = new Actor(0, "bench", List.of(Grant.nationalAdmin()));
        List<Government> registry = organization.governments(null, null, null);
        for (int i = registry.size() + 1; i <= governments; i++) {
            String code = String.format("BENCH-%03d", i);
            if (organization.governmentByCode(code).isEmpty()) {
                organization.addCentralAgency(bench, code, "Instansi Uji Beban " + i);
            }
        }
        List<Government> all = organization.governments(null, null, null).stream().limit(governments).toList();
        Random random = new Random(42);
        Map<Integer, String> years = Map.of(2020, "permenpanrb-5-2018", 2021, "permenpanrb-59-2020", 2022,
                "permenpanrb-59-2020", 2023, "permenpanrb-59-2020", 2024, "permenpanrb-59-2020", 2025, "permenpanrb-59-2020");
        transactions.executeWithoutResult(status -> {
            int inserted = 0;
            for (var year : years.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                Instrument instrument = instruments.findPublished(year.getValue()).orElseThrow();
                for (Government government : all) {
                    double value = Math.max(1.0, Math.min(4.9, 2.6 + random.nextGaussian() * 0.7));
                    Presented presented = instrument.present(BigDecimal.valueOf(value));
                    BigDecimal index = presented.rounded();
                    String predicate = presented.predicateName();
                    inserted += jdbc.sql("insert into government_result (government_id, year, instrument_code, index_value, "
                                    + "predicate, source, source_note, sample, published) values (?, ?, ?, ?, ?, 'ENTRY', "
                                    + "'bench: data contoh', true, true) on conflict (government_id, year) do nothing")
                            .params(government.id(), year.getKey(), year.getValue(), index, predicate).update();
                }
            }
            audit.record("result.benchSeed", "government_result", "bench", null, null, Map.of("inserted", inserted));
            log.warn("Bench: {} sample results inserted", inserted);
        });
    }
}
