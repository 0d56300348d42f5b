package id.sinergi.identity.domain;

import id.sinergi.audit.AuditLog;
import id.sinergi.identity.AccountStatus;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Grant;
import id.sinergi.shared.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo (default profile only): Kabupaten Polewali Mandar with its OPDs, a coordinator, a leader,
 * an operator per OPD, an assessor, a national admin, and one user in each of two more governments.
 * Seeded once, into an empty user table; the logins are printed at start.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String DOMAIN = "@sinergi.test";
    static final String PASSWORD = "Demo-Sinergi-2026";
    static final String POLEWALI_MANDAR = "76.04";
    static final List<String> POLEWALI_MANDAR_AGENCIES = List.of(
            "Dinas Komunikasi, Informatika, Statistik dan Persandian (Diskominfo)",
            "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bappeda)",
            "Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD)",
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)",
            "Inspektorat Daerah",
            "Bagian Hukum Sekretariat Daerah",
            "Bagian Organisasi Sekretariat Daerah",
            "Dinas Kesehatan",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)",
            "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)");

    /** {@code withExternalDatabase}: the demo never lands in a database given by DB_URL unless asked. */
    @ConfigurationProperties("sinergi.demo")
    record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("false") boolean withExternalDatabase) {
    }

    private final DemoProperties properties;
    private final org.springframework.core.env.Environment environment;
    private final IdentityRepository repository;
    private final Organization organization;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    DemoData(DemoProperties properties, org.springframework.core.env.Environment environment,
            IdentityRepository repository, Organization organization, PasswordEncoder passwords, AuditLog audit,
            TransactionTemplate transactions) {
        this.properties = properties;
        this.environment = environment;
        this.repository = repository;
        this.organization = organization;
        this.passwords = passwords;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Runs before the demo module's evaluation, which needs these people. */
    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(0)
    void seed() {
        if (!properties.enabled()) {
            return;
        }
        if (!environment.getProperty("sinergi.database.url", "").isBlank() && !properties.withExternalDatabase()) {
            log.info("No demo data: DB_URL points to an external database (set SINERGI_DEMO_EXTERNAL=true to seed it anyway)");
            return;
        }
        Map<String, String> logins = transactions.execute(status -> {
            if (repository.countUsers() > 0) {
                return Map.<String, String>of();
            }
            return create();
        });
        if (logins != null && !logins.isEmpty()) {
            StringBuilder text = new StringBuilder("\n\nDemo Sinergi — login (kata sandi semua akun: ")
                    .append(PASSWORD).append(")\n");
            logins.forEach((email, who) -> text.append(String.format("  %-44s %s%n", email, who)));
            log.info(text.toString());
        }
    }

    private Map<String, String> create() {
        Map<String, String> logins = new LinkedHashMap<>();
        String hash = passwords.encode(PASSWORD);
        long admin = user("admin" + DOMAIN, "Admin Nasional", hash, Grant.nationalAdmin(), logins, "admin nasional");
        Actor system = new Actor(admin, "Admin Nasional", List.of(Grant.nationalAdmin()));

        Government polman = government(POLEWALI_MANDAR);
        List<Agency> agencies = new ArrayList<>();
        for (String name : POLEWALI_MANDAR_AGENCIES) {
            agencies.add(organization.createAgency(system, polman.id(), name));
        }
        user("koordinator.polman" + DOMAIN, "Koordinator SPBE Polewali Mandar", hash,
                new Grant(Role.COORDINATOR, polman.id(), null), logins, "koordinator, " + polman.name());
        user("pimpinan.polman" + DOMAIN, "Sekretaris Daerah Polewali Mandar", hash,
                new Grant(Role.LEADER, polman.id(), null), logins, "pimpinan, " + polman.name());
        user("asesor" + DOMAIN, "Asesor Eksternal", hash, new Grant(Role.ASSESSOR, polman.id(), null), logins,
                "asesor, " + polman.name());
        String[] shortNames = {"diskominfo", "bappeda", "bpkad", "bkpsdm", "inspektorat", "hukum", "organisasi",
                "dinkes", "dpmptsp", "disdukcapil"};
        for (int i = 0; i < agencies.size(); i++) {
            Agency agency = agencies.get(i);
            user("operator." + shortNames[i] + ".polman" + DOMAIN, "Operator " + agency.name(), hash,
                    new Grant(Role.OPERATOR, polman.id(), agency.id()), logins, "operator, " + agency.name());
        }

        Government gorontaloProvince = government("75");
        organization.createAgency(system, gorontaloProvince.id(), "Dinas Komunikasi, Informatika dan Statistik");
        user("koordinator.gorontaloprov" + DOMAIN, "Koordinator SPBE Provinsi Gorontalo", hash,
                new Grant(Role.COORDINATOR, gorontaloProvince.id(), null), logins, "koordinator, " + gorontaloProvince.name());

        Government gorontaloCity = government("75.71");
        organization.createAgency(system, gorontaloCity.id(), "Dinas Komunikasi dan Informatika");
        user("koordinator.gorontalokota" + DOMAIN, "Koordinator SPBE Kota Gorontalo", hash,
                new Grant(Role.COORDINATOR, gorontaloCity.id(), null), logins, "koordinator, " + gorontaloCity.name());
        return logins;
    }

    private Government government(String code) {
        return organization.governmentByCode(code)
                .orElseThrow(() -> new IllegalStateException("Registry lacks government " + code));
    }

    private long user(String email, String name, String hash, Grant grant, Map<String, String> logins, String who) {
        long id = repository.insertUser(email, name, hash, AccountStatus.ACTIVE);
        repository.addGrant(id, grant);
        audit.record("user.create", "user", id, grant.governmentId(), null,
                Map.of("email", email, "name", name, "grant", grant, "demo", true));
        logins.put(email, who);
        return id;
    }
}
