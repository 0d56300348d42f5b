package id.sinergi.organization.domain;

import id.sinergi.audit.AuditLog;
import id.sinergi.organization.GovernmentCategory;
import id.sinergi.organization.Region;
import id.sinergi.shared.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the 38 provinces and 514 regencies/cities (Kemendagri codes, derived from idn-area-data
 * 4.0.1 by tools/derive-governments.py; see organization/NOTICE-idn-area-data.txt) into an empty
 * registry, before the web server opens. Never downloads anything.
 */
@Component
@Order(0)
class GovernmentRegistrySeed implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(GovernmentRegistrySeed.class);
    static final String RESOURCE = "/organization/governments.csv";
    /** The bundled registry: some 550 governments in five columns. */
    private static final CsvReader.Limits LIMITS = new CsvReader.Limits(2_000, 10, 200);

    private final OrganizationRepository repository;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    GovernmentRegistrySeed(OrganizationRepository repository, AuditLog audit, TransactionTemplate transactions) {
        this.repository = repository;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transactions.executeWithoutResult(status -> {
            repository.lockGovernment(0);
            if (repository.countGovernments() > 0) {
                return;
            }
            List<List<String>> rows = rows();
            for (List<String> row : rows.subList(1, rows.size())) {
                GovernmentCategory category = GovernmentCategory.fromCsv(row.get(2));
                repository.insertGovernment(row.get(0), row.get(1), category, row.get(3), Region.fromCsv(row.get(4)));
            }
            audit.record("registry.load", "government", null, null, null,
                    Map.of("source", "idn-area-data 4.0.1", "governments", rows.size() - 1));
            log.info("Loaded {} governments into the registry", rows.size() - 1);
        });
    }

    private static List<List<String>> rows() {
        try (InputStream in = GovernmentRegistrySeed.class.getResourceAsStream(RESOURCE)) {
            return CsvReader.records(in.readAllBytes(), LIMITS).stream().map(CsvReader.Line::cells).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        } catch (CsvReader.Refused e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
