package id.sinergi.demo;

import id.sinergi.identity.Directory;
import id.sinergi.monitoring.NationalResult;
import id.sinergi.monitoring.ResultSource;
import id.sinergi.monitoring.Results;
import id.sinergi.monitoring.Results.ResultEntry;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Grant;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The real, public results the demo starts from (national figures per year; Polewali Mandar
 * 2020–2025; Provinsi and Kota Gorontalo; Kementerian BUMN), each with its source. Recorded once,
 * when no national figures exist yet. These are not sample data.
 */
@Component
class DemoResults {

    private static final Logger log = LoggerFactory.getLogger(DemoResults.class);
    static final String SPBE_2018 = "permenpanrb-5-2018";
    static final String SPBE_2020 = "permenpanrb-59-2020";
    static final String ARTICLE = "Jurnal Transformasi Administrasi 13(01), 2023, DOI 10.56196/jta.v13i01.236";
    static final String PUBLIC = "Hasil evaluasi SPBE yang diumumkan publik";

    /** One real result: government code, year, index, predicate as published (null: not given), source. */
    record Fact(String code, int year, String index, String predicate, String source) {
    }

    static final List<Fact> FACTS = List.of(
            new Fact("76.04", 2020, "3.30", null, ARTICLE),
            new Fact("76.04", 2021, "2.71", "Baik", ARTICLE),
            new Fact("76.04", 2022, "3.58", "Sangat Baik", ARTICLE + "; peringkat 7 seluruh Pemda, satu-satunya di Indonesia Timur"),
            new Fact("76.04", 2023, "3.85", null, PUBLIC),
            new Fact("76.04", 2024, "3.88", null, PUBLIC),
            new Fact("76.04", 2025, "4.00", "Sangat Baik", PUBLIC),
            new Fact("75", 2023, "3.22", "Baik", PUBLIC),
            new Fact("75", 2024, "4.13", "Sangat Baik", PUBLIC),
            new Fact("75.71", 2022, "2.59", "Cukup", PUBLIC),
            new Fact("KEMEN-BUMN", 2023, "4.41", "Memuaskan", PUBLIC));

    static final List<NationalResult> NATIONAL = List.of(
            new NationalResult(2018, SPBE_2018, null, 616, "82 instansi mencapai predikat Baik atau lebih", PUBLIC),
            new NationalResult(2021, SPBE_2020, new BigDecimal("2.24"), null, "satu sumber sekunder", PUBLIC),
            new NationalResult(2022, SPBE_2020, new BigDecimal("2.34"), 483, "483 Pemda (provinsi, kabupaten, kota); sumber sekunder", PUBLIC),
            new NationalResult(2023, SPBE_2020, new BigDecimal("2.79"), 621, "24 instansi Memuaskan", PUBLIC),
            new NationalResult(2024, SPBE_2020, new BigDecimal("3.12"), 615, "48 instansi Memuaskan", PUBLIC));

    private final boolean enabled;
    private final Directory directory;
    private final Organization organization;
    private final Results results;

    DemoResults(@Value("${sinergi.demo.enabled:false}") boolean enabled, Directory directory, Organization organization,
            Results results) {
        this.enabled = enabled;
        this.directory = directory;
        this.organization = organization;
        this.results = results;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void onStart() {
        if (enabled) {
            seed();
        }
    }

    /** Records the facts unless national figures exist already; returns how many government results were recorded. */
    int seed() {
        var admins = directory.nationalAdmins();
        if (admins.isEmpty() || !results.national().isEmpty()) {
            return 0;
        }
        Actor admin = new Actor(admins.get(0).userId(), admins.get(0).displayName(), List.of(Grant.nationalAdmin()));
        NATIONAL.forEach(n -> results.recordNational(admin, n));
        if (organization.governmentByCode("KEMEN-BUMN").isEmpty()) {
            organization.addCentralAgency(admin, "KEMEN-BUMN", "Kementerian Badan Usaha Milik Negara");
        }
        int recorded = 0;
        for (Fact fact : FACTS) {
            Government government = organization.governmentByCode(fact.code()).orElse(null);
            if (government == null) {
                continue;
            }
            results.record(admin, new ResultEntry(government.id(), fact.year(), fact.year() <= 2020 ? SPBE_2018 : SPBE_2020,
                    new BigDecimal(fact.index()), fact.predicate(), ResultSource.ENTRY, fact.source(), false));
            recorded++;
        }
        log.info("Demo: recorded {} published results and {} years of national figures", recorded, NATIONAL.size());
        return recorded;
    }
}
