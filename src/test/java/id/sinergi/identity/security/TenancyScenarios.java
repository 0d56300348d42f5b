package id.sinergi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.assessment.AssessmentFinalized;
import id.sinergi.assessment.Comments;
import id.sinergi.assessment.Contribution;
import id.sinergi.assessment.Contributions;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.EvaluationPeriodTest;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.OpenPeriod;
import id.sinergi.evidence.EvidenceFile;
import id.sinergi.evidence.EvidenceLibrary;
import id.sinergi.evidence.EvidenceUploadTest;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.identity.Invitation;
import id.sinergi.organization.Organization;
import id.sinergi.planning.Plans;
import id.sinergi.planning.RegionalPlan;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The victim government (Gorontalo province) with a live evaluation, and the visits of intruders into it,
 * as probes: one request each, with what its answer must satisfy. {@link TenantIsolationTest} runs them
 * all; {@link TenancyMutationTest} runs them again with one authorisation check removed at a time.
 */
abstract class TenancyScenarios extends WebTest {

    /** The year of the victim's evaluation, plan target and result; no other test uses it. */
    static final int YEAR = 2057;
    static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final PathPatternParser PARSER = new PathPatternParser();
    /** Path variables that name something a government owns: an address with one is the victim's. */
    private static final Set<String> TENANT_VARIABLES = Set.of("governmentId", "agencyId", "contributionId",
            "evidenceId", "planId", "indicatorId", "userId", "tokenId", "id");
    private static Long periodId;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Organization organization;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Contributions contributions;

    @Autowired
    Comments comments;

    @Autowired
    EvidenceLibrary library;

    @Autowired
    Plans plans;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    /** Everything of the victim the probes address, each text carrying {@link #secret}. */
    record Victim(String secret, String workOfB, long government, long period, long opdA, long opdB, long contribution,
            long evidence, long plan, long keyIndicator, long bystander, long token, String operatorOfA,
            String operatorPassword) {

        /** Every path variable of the application, filled with the victim's real ids. */
        Map<String, String> ids() {
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put("governmentId", Long.toString(government));
            ids.put("periodId", Long.toString(period));
            ids.put("agencyId", Long.toString(opdB));
            ids.put("contributionId", Long.toString(contribution));
            ids.put("evidenceId", Long.toString(evidence));
            ids.put("indicatorCode", "1");
            ids.put("planId", Long.toString(plan));
            ids.put("indicatorId", Long.toString(keyIndicator));
            ids.put("year", Integer.toString(YEAR));
            ids.put("userId", Long.toString(bystander));
            ids.put("tokenId", Long.toString(token));
            ids.put("id", Long.toString(token));
            ids.put("stage", "self_assessment");
            ids.put("code", BundledInstrumentFiles.SPBE_2020);
            ids.put("frameworkCode", BundledInstrumentFiles.SPBE_2020);
            ids.put("version", "1");
            ids.put("token", "tidak-ada");
            return ids;
        }
    }

    record Endpoint(RequestMethod method, String pattern) {
    }

    /** One request and the checks on its answer (an {@link AssertionError} when they fail). */
    record Probe(String name, Runnable run) {
    }

    /**
     * Gorontalo province with an evaluation of {@link #YEAR}: OPD A with a signed-up operator, OPD B with a
     * submitted and approved contribution (so an answer) with evidence, a comment on its indicator, an RPJMD
     * plan with an IKU, its target and the target cascaded to OPD B, an unpublished result, an invited
     * bystander and a personal access token. Every text carries the secret marker; OPD B's explanation
     * carries a second one that nobody in OPD A may read.
     */
    Victim victimWorld() {
        String secret = "RAHASIA-" + UUID.randomUUID();
        String workOfB = "PEKERJAAN-B-" + UUID.randomUUID();
        Actor coordinator = actor(GORONTALO_PROVINCE_COORDINATOR);
        long victim = governmentIdOf(GORONTALO_PROVINCE_COORDINATOR);
        long period = period();
        long opdA = organization.createAgency(coordinator, victim, "OPD A " + secret).id();
        long opdB = organization.createAgency(coordinator, victim, "OPD B " + secret).id();
        String operatorOfA = "operator.a." + UUID.randomUUID().toString().substring(0, 8) + "@sinergi.test";
        String password = "Sandi-Operator-A-2057";
        Invitation invitation = accounts.invite(coordinator, victim, operatorOfA, "Operator A " + secret, Role.OPERATOR, opdA);
        accounts.acceptInvitation(invitation.path().substring(invitation.path().lastIndexOf('/') + 1), password);
        String bystanderEmail = secret.toLowerCase() + "@sinergi.test";
        accounts.invite(coordinator, victim, bystanderEmail, "Pegawai " + secret, Role.OPERATOR, opdB);
        long bystander = identityLookup.account(bystanderEmail).orElseThrow().id();
        long token = accounts.createToken(coordinator, "token " + secret, 30).id();

        evaluations.assign(coordinator, victim, period, "1", List.of(opdB), null);
        evaluations.assign(coordinator, victim, period, "2", List.of(opdA), null);
        EvidenceFile evidence = library.upload(coordinator, victim, "bukti " + secret + ".pdf",
                new ByteArrayInputStream(EvidenceUploadTest.pdf(secret)));
        Contribution draft = contributions.save(coordinator, victim, period, "1", opdB, new BigDecimal("3"),
                "Draf " + workOfB + " " + secret, 0, false);
        contributions.attach(coordinator, victim, period, "1", opdB, evidence.id());
        Contribution submitted = contributions.save(coordinator, victim, period, "1", opdB, new BigDecimal("3"),
                "Diajukan " + workOfB + " " + secret, draft.version(), true);
        contributions.approve(coordinator, victim, period, submitted.id(), submitted.version());
        comments.add(coordinator, victim, period, "1", "Komentar " + workOfB + " " + secret);

        RegionalPlan plan = plans.create(coordinator, victim, new Plans.NewPlan("RPJMD " + secret, YEAR - 2, YEAR + 2,
                "Perda " + secret, false, List.of(new Plans.NewIndicator("IKU " + secret, BundledInstrumentFiles.SPBE_2020,
                        YEAR - 2, YEAR + 2, new BigDecimal("2.50"), Map.of(YEAR, new BigDecimal("3.00"))))));
        long keyIndicator = plan.indicators().get(0).id();
        plans.cascade(coordinator, victim, plan.id(), keyIndicator, YEAR, Map.of("1", new BigDecimal("4")));
        // A finalized assessment's result: unpublished, so only the government's people may read it.
        events.publishEvent(new AssessmentFinalized(victim, period, YEAR, BundledInstrumentFiles.SPBE_2020,
                new BigDecimal("3.10"), "3.1", "Baik", "Evaluasi " + secret, true));
        awaitTextExtraction(victim);
        return new Victim(secret, workOfB, victim, period, opdA, opdB, submitted.id(), evidence.id(), plan.id(),
                keyIndicator, bystander, token, operatorOfA, password);
    }

    /** The victim's evaluation period, opened once per test JVM with only the victim taking part. */
    private long period() {
        synchronized (TenancyScenarios.class) {
            if (periodId == null) {
                periodId = evaluations.periods(actor(ADMIN)).stream().filter(p -> p.year() == YEAR).findFirst()
                        .map(EvaluationPeriod::id)
                        .orElseGet(() -> evaluations.open(actor(ADMIN), new OpenPeriod(YEAR, null,
                                BundledInstrumentFiles.SPBE_2020, EvaluationPeriodTest.schedule(clock.today()),
                                List.of("75"))).id());
            }
            return periodId;
        }
    }

    /** Text extraction runs after commit; the snapshot of the victim waits for it so only intruders change rows. */
    private void awaitTextExtraction(long government) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (jdbc.sql("select count(*) from evidence_file where government_id = ? and text_status = 'PENDING'")
                .param(government).query(Long.class).single() > 0) {
            assertThat(Instant.now()).as("evidence text extracted in time").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    Map<String, List<String>> victimTables(Victim victim) {
        return VictimTables.snapshot(jdbc, victim.government());
    }

    /**
     * A coordinator of another government (Polewali Mandar), signed in on the pages and with a bearer
     * token on the API, calls every endpoint with every method it accepts: no answer carries the marker,
     * and every address of the victim that is not public is refused.
     */
    List<Probe> coordinatorOfAnotherGovernment(Victim victim) {
        Visitor pages = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        String token = tokenOf(POLMAN_COORDINATOR);
        List<Probe> probes = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.pattern().equals("/keluar") || endpoint.pattern().equals("/masuk")) {
                continue; // the visitor's own session, which must stay signed in for the probes after it
            }
            probes.add(new Probe("coordinator of Polewali Mandar: " + endpoint, () -> {
                HttpResponse<String> response = call(endpoint, victim, pages, token);
                assertRefusedWithoutMarker(endpoint, victim, response, victim.secret());
            }));
        }
        return probes;
    }

    /** An operator of another government reads (GET) every endpoint of the victim: refused, no marker. */
    List<Probe> operatorOfAnotherGovernment(Victim victim) {
        Visitor pages = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD);
        String token = tokenOf(POLMAN_DISKOMINFO_OPERATOR);
        List<Probe> probes = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method() == RequestMethod.GET) {
                probes.add(new Probe("operator of Polewali Mandar: " + endpoint, () -> {
                    HttpResponse<String> response = call(endpoint, victim, pages, token);
                    assertRefusedWithoutMarker(endpoint, victim, response, victim.secret());
                }));
            }
        }
        return probes;
    }

    /**
     * The victim's own operator of OPD A reads (GET) every endpoint with OPD B's ids: never OPD B's work
     * (its explanation, the comments on its indicator), and every address of OPD B's work is refused.
     */
    List<Probe> operatorOfAnotherOpd(Victim victim) {
        Visitor pages = visitor().signIn(victim.operatorOfA(), victim.operatorPassword());
        String token = accounts.createToken(actorOf(victim.operatorOfA()), "operator A", 1).token();
        List<Probe> probes = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method() != RequestMethod.GET || isPublic(endpoint, victim)) {
                continue;
            }
            probes.add(new Probe("operator of OPD A: " + endpoint, () -> {
                HttpResponse<String> response = call(endpoint, victim, pages, token);
                assertThat(response.body()).as("%s shows OPD B's work to OPD A's operator", endpoint)
                        .doesNotContain(victim.workOfB());
                if (endpoint.pattern().contains("{agencyId}") || endpoint.pattern().contains("{contributionId}")) {
                    assertThat(response.statusCode()).as("%s by OPD A's operator, on OPD B", endpoint).isIn(403, 404);
                }
            }));
        }
        return probes;
    }

    private void assertRefusedWithoutMarker(Endpoint endpoint, Victim victim, HttpResponse<String> response,
            String marker) {
        assertThat(response.body()).as("%s leaks the victim's data", endpoint).doesNotContain(marker);
        if (!isPublic(endpoint, victim) && TENANT_VARIABLES.stream().anyMatch(v -> endpoint.pattern().contains("{" + v + "}"))) {
            assertThat(response.statusCode()).as("%s into another government", endpoint).isIn(403, 404);
        }
    }

    /** Runs every probe, all of them even after a failure, and fails with every failure. */
    static void runAll(List<Probe> probes) {
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            try {
                probe.run().run();
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        assertThat(failures).as("answers that break tenancy").isEmpty();
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method, pattern.getPatternString()));
                }
            }
        }
        endpoints.sort(java.util.Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }

    boolean isPublic(Endpoint endpoint, Victim victim) {
        String path = path(endpoint.pattern(), victim.ids());
        List<String> patterns = new ArrayList<>(SecurityConfiguration.PUBLIC_PAGES);
        if (endpoint.method() == RequestMethod.GET) {
            patterns.addAll(SecurityConfiguration.PUBLIC_API_GET);
        }
        if (endpoint.method() == RequestMethod.POST) {
            patterns.addAll(SecurityConfiguration.PUBLIC_API_POST);
        }
        return patterns.stream().anyMatch(p -> PARSER.parse(p).matches(
                org.springframework.http.server.PathContainer.parsePath(path)));
    }

    /**
     * The address with every variable filled from {@code ids}. A variable the map does not know fails the
     * test: a new endpoint's variable must be given a real id of the victim here, on purpose.
     */
    static String path(String pattern, Map<String, String> ids) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll(":.*", "");
            assertThat(ids).as("a value for {%s} of %s", name, pattern).containsKey(name);
            matcher.appendReplacement(path, Matcher.quoteReplacement(ids.get(name)));
        }
        matcher.appendTail(path);
        return path.toString().replace("/**", "/x");
    }

    /** GET, or a write with a body an owner could send: the pages through the session, the API with the token. */
    HttpResponse<String> call(Endpoint endpoint, Victim victim, Visitor pages, String token) {
        String path = path(endpoint.pattern(), victim.ids());
        boolean api = path.startsWith("/api/");
        if (!api && pages != null) {
            if (endpoint.method() == RequestMethod.GET) {
                return pages.get(path);
            }
            pages.get("/beranda");
            return pages.post(path, Map.of("name", "Diubah " + UUID.randomUUID(), "email", "x@sinergi.test",
                    "role", "OPERATOR", "code", "X-" + UUID.randomUUID().toString().substring(0, 8), "body", "Diubah",
                    "value", "2", "explanation", "Diubah", "version", "1", "reason", "Diubah"));
        }
        HttpRequest.Builder request = request(path).header("Accept", api ? "application/json" : "text/html");
        if (api && token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String body = "{\"name\": \"Diubah\", \"email\": \"x@sinergi.test\", \"role\": \"OPERATOR\", \"levels\": {}, "
                + "\"body\": \"Diubah\", \"value\": 2, \"explanation\": \"Diubah\", \"version\": 1, \"reason\": \"Diubah\"}";
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        request.header("Content-Type", path.endsWith("/import") ? "text/csv" : api ? "application/json"
                : "application/x-www-form-urlencoded");
        switch (endpoint.method()) {
            case GET -> request.GET();
            case DELETE -> request.DELETE();
            default -> request.method(endpoint.method().name(), publisher);
        }
        return send(request);
    }

    Actor actorOf(String email) {
        var account = identityLookup.account(email).orElseThrow();
        return new Actor(account.id(), account.displayName(), account.grants());
    }
}
