package id.sinergi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.assessment.Contribution;
import id.sinergi.assessment.EvaluationPeriodTest;
import id.sinergi.assessment.OpenPeriod;
import id.sinergi.evidence.EvidenceFile;
import id.sinergi.evidence.EvidenceUploadTest;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.identity.Invitation;
import id.sinergi.organization.Agency;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Enumerates every endpoint the application registers (pages and API, so a new endpoint is covered
 * without editing this test) and calls each one, with every method it accepts, as: a coordinator and an
 * operator of another government, an operator of another OPD of the victim government, and an anonymous
 * visitor. Path variables carry the real ids of a victim government with a live evaluation (contributions,
 * evidence, comments, answer, plan, result) whose every text carries a secret marker. No response may
 * contain a marker, requests into the victim's scope must be refused, and every row of the victim is the
 * same afterwards; anonymous visitors reach only the public endpoints the security configuration lists.
 * Read-only roles change nothing, and no visitor gets a body over the declared limits read.
 * {@link TenancyMutationTest} proves these probes fail when an authorisation check is removed.
 */
class TenantIsolationTest extends TenancyScenarios {

    private static final Set<String> LIBRARY_ADDITIONS = Set.of("/api/v1/governments/{governmentId}/evidence",
            "/api/v1/governments/{governmentId}/evidence/links",
            "/api/v1/governments/{governmentId}/evidence/{evidenceId}/versions", "/instansi/{governmentId}/bukti",
            "/instansi/{governmentId}/bukti/tautan", "/instansi/{governmentId}/bukti/{evidenceId}/versi");

    private Victim victim;

    /** Gorontalo province is the victim; Polewali Mandar's people are the intruders. */
    @BeforeEach
    void victimWithSecrets() {
        victim = victimWorld();
    }

    @Test
    void aCoordinatorOfAnotherGovernmentGetsNothingOfIt() {
        List<Probe> probes = coordinatorOfAnotherGovernment(victim);
        Map<String, List<String>> before = victimTables(victim);
        assertThat(probes).hasSizeGreaterThan(140);
        runAll(probes);
        assertThat(victimTables(victim)).isEqualTo(before);
    }

    @Test
    void anOperatorOfAnotherGovernmentReadsNothingOfIt() {
        List<Probe> probes = operatorOfAnotherGovernment(victim);
        Map<String, List<String>> before = victimTables(victim);
        assertThat(probes).hasSizeGreaterThan(60);
        runAll(probes);
        assertThat(victimTables(victim)).isEqualTo(before);
    }

    @Test
    void anOperatorReadsNoWorkOfAnotherOpd() {
        List<Probe> probes = operatorOfAnotherOpd(victim);
        Map<String, List<String>> before = victimTables(victim);
        assertThat(probes).hasSizeGreaterThan(40);
        runAll(probes);
        assertThat(victimTables(victim)).isEqualTo(before);
    }

    /** Every table with a government id is in the whole-table comparison, so a new tenant table is not forgotten. */
    @Test
    void everyTenantTableIsCompared() {
        assertThat(VictimTables.covered()).containsAll(VictimTables.tablesWithGovernmentId(jdbc));
        assertThat(victimTables(victim)).allSatisfy((table, rows) -> {
            if (!Set.of("stage_value", "stage_snapshot", "notification_read", "contribution_review").contains(table)) {
                assertThat(rows).as("the victim has rows in %s", table).isNotEmpty();
            }
        });
    }

    @Test
    void anOperatorCannotActOutsideTheirOpd() {
        Actor operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        long own = operator.governmentIds().get(0);
        Actor coordinator = actor(POLMAN_COORDINATOR);
        Agency otherOpd = organization.agencies(coordinator, own).stream()
                .filter(a -> a.active() && !a.name().contains("Diskominfo")).findFirst().orElseThrow();
        List<Agency> before = organization.agencies(coordinator, own);
        Visitor pages = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD);
        String token = tokenOf(POLMAN_DISKOMINFO_OPERATOR);
        Victim ownGovernment = new Victim(victim.secret(), victim.workOfB(), own, victim.period(), victim.opdA(),
                otherOpd.id(), victim.contribution(), victim.evidence(), victim.plan(), victim.keyIndicator(),
                victim.bystander(), victim.token(), victim.operatorOfA(), victim.operatorPassword());
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method() == RequestMethod.GET || isPublic(endpoint, victim) || ownAccount(endpoint.pattern())
                    // Operators may add files, links and new versions to their government's evidence library;
                    // attaching them to another OPD's answer is what must fail, and that endpoint carries {agencyId}.
                    || LIBRARY_ADDITIONS.contains(endpoint.pattern())) {
                continue;
            }
            HttpResponse<String> response = call(endpoint, ownGovernment, pages, token);
            assertThat(response.statusCode()).as("%s by an operator, on another OPD of their government", endpoint)
                    .isIn(401, 403, 404);
        }
        assertThat(organization.agencies(coordinator, own)).isEqualTo(before);
    }

    /**
     * The leader (Bupati/Walikota/Sekda) reads their government and changes nothing in it: every non-GET endpoint,
     * with the ids of a real period, contribution, answer thread and evidence file of that government and a body a
     * coordinator or an operator could send, is refused, through the pages (session) and the API (bearer token and
     * session), and nothing of the government changes. Only the leader's own account is theirs to change.
     */
    @Test
    void aReadOnlyRoleNeverChangesAnything() {
        Actor coordinator = actor(POLMAN_COORDINATOR);
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        Actor operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        long diskominfo = operator.grants().get(0).agencyId();
        String email = "pimpinan." + UUID.randomUUID().toString().substring(0, 8) + "@sinergi.test";
        String password = "Sandi-Pimpinan-Uji-2031";
        Invitation invitation = accounts.invite(coordinator, polman, email, "Pimpinan Uji", Role.LEADER, null);
        accounts.acceptInvitation(invitation.path().substring(invitation.path().lastIndexOf('/') + 1), password);
        String bystanderEmail = "pengamat." + UUID.randomUUID().toString().substring(0, 8) + "@sinergi.test";
        accounts.invite(coordinator, polman, bystanderEmail, "Pengamat", Role.OPERATOR, diskominfo);
        long bystander = identityLookup.account(bystanderEmail).orElseThrow().id();
        long periodId = evaluations.open(actor(ADMIN), new OpenPeriod(2031, null, BundledInstrumentFiles.SPBE_2020,
                EvaluationPeriodTest.schedule(clock.today()), List.of("76.04"))).id();
        evaluations.assign(coordinator, polman, periodId, "1", List.of(diskominfo), null);
        EvidenceFile evidence = library.upload(operator, polman, "bukti pimpinan.pdf",
                new ByteArrayInputStream(EvidenceUploadTest.pdf(UUID.randomUUID().toString())));
        Contribution contribution = contributions.save(operator, polman, periodId, "1", diskominfo, new BigDecimal("2"),
                "Draf.", 0, false);
        contributions.attach(operator, polman, periodId, "1", diskominfo, evidence.id());
        contribution = contributions.save(operator, polman, periodId, "1", diskominfo, new BigDecimal("2"), "Diajukan.",
                contribution.version(), true);
        Map<String, String> ids = new java.util.LinkedHashMap<>(victim.ids());
        ids.putAll(Map.of("governmentId", Long.toString(polman), "periodId", Long.toString(periodId),
                "agencyId", Long.toString(diskominfo), "indicatorCode", "1", "evidenceId", Long.toString(evidence.id()),
                "contributionId", Long.toString(contribution.id()), "stage", "document", "userId", Long.toString(bystander),
                "planId", firstId("select id from regional_plan where government_id = ?", polman),
                "indicatorId", firstId("select k.id from key_indicator k join regional_plan p on p.id = k.plan_id "
                        + "where p.government_id = ?", polman)));
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.putAll(Map.of("name", "Diubah pimpinan", "email", "x@sinergi.test", "role", "OPERATOR", "url",
                "https://contoh.go.id/" + UUID.randomUUID(), "title", "Tautan pimpinan", "body", "Komentar pimpinan",
                "value", "2", "explanation", "Diubah pimpinan", "version", Integer.toString(contribution.version()),
                "indicatorCode", "1"));
        form.putAll(Map.of("evidenceId", Long.toString(evidence.id()), "contributionId", Long.toString(contribution.id()),
                "reason", "Dikembalikan pimpinan", "action", "simpan", "code", "X-" + UUID.randomUUID().toString().substring(0, 8),
                "year", "2026", "target", "3.00", "note", "Catatan pimpinan", "recommendation", "Saran pimpinan"));
        String json = "{\"name\": \"Diubah pimpinan\", \"email\": \"x@sinergi.test\", \"role\": \"OPERATOR\", "
                + "\"levels\": {}, \"url\": \"https://contoh.go.id/" + UUID.randomUUID() + "\", \"title\": \"Tautan pimpinan\", "
                + "\"body\": \"Komentar pimpinan\", \"value\": 2, \"explanation\": \"Diubah pimpinan\", \"version\": "
                + contribution.version() + ", \"submit\": false, \"reason\": \"Dikembalikan pimpinan\", \"evidenceIds\": ["
                + evidence.id() + "], \"note\": \"Catatan pimpinan\", \"recommendation\": \"Saran pimpinan\", "
                + "\"agencyIds\": [" + diskominfo + "]}";
        String before = stateOf(polman);
        Visitor pages = visitor().signIn(email, password);
        String csrf = csrfOf(pages.get("/beranda").body());
        String token = accounts.createToken(actorOf(email), "pimpinan", 1).token();

        List<String> calls = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method() == RequestMethod.GET || isPublic(endpoint, victim) || ownAccount(endpoint.pattern())) {
                continue;
            }
            String path = path(endpoint.pattern(), ids);
            boolean multipart = acceptsFile(endpoint);
            List<HttpResponse<String>> responses = new ArrayList<>();
            if (path.startsWith("/api/")) {
                responses.add(send(write(request(path).header("Authorization", "Bearer " + token), endpoint, multipart,
                        json, form)));
                responses.add(pages.send(write(request(path), endpoint, multipart, json, form)));
            } else if (multipart) {
                responses.add(pages.send(write(request(path + "?_csrf=" + csrf).header("Accept", "text/html"), endpoint,
                        true, json, form)));
            } else {
                pages.get("/beranda");
                responses.add(pages.post(path, form));
            }
            for (HttpResponse<String> response : responses) {
                calls.add(endpoint + " -> " + response.statusCode());
                assertThat(response.statusCode()).as("%s %s by the leader of the government", endpoint.method(), path)
                        .isIn(401, 403, 404);
            }
        }
        assertThat(calls).hasSizeGreaterThan(40);
        assertThat(stateOf(polman)).isEqualTo(before);
    }

    private static boolean ownAccount(String pattern) {
        return pattern.startsWith("/api/v1/me") || pattern.startsWith("/akun/") || pattern.startsWith("/notifikasi")
                || pattern.equals("/keluar") || pattern.equals("/masuk") || pattern.startsWith("/undangan/");
    }

    /** Everything of the government a write could touch, with the audit trail that records every write. */
    private String stateOf(long governmentId) {
        return jdbc.sql("""
                select (select count(*) from audit_entry where government_id = :g) || '/'
                    || (select count(*) from evidence_file where government_id = :g) || '/'
                    || (select count(*) from indicator_comment where government_id = :g) || '/'
                    || (select count(*) || ':' || coalesce(sum(version), 0) from contribution where government_id = :g) || '/'
                    || (select count(*) from notification where government_id = :g) || '/'
                    || (select count(*) from agency where government_id = :g) || '/'
                    || (select count(*) from role_grant where government_id = :g)""")
                .param("g", governmentId).query(String.class).single();
    }

    private String firstId(String sql, long governmentId) {
        return jdbc.sql(sql + " order by 1 limit 1").param(governmentId).query(Long.class).optional().map(String::valueOf)
                .orElse("1");
    }

    private static String csrfOf(String page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private boolean acceptsFile(Endpoint endpoint) {
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPathPatternsCondition().getPatterns().stream()
                        .anyMatch(p -> p.getPatternString().equals(endpoint.pattern())))
                .anyMatch(e -> java.util.Arrays.stream(e.getValue().getMethodParameters())
                        .anyMatch(p -> p.getParameterType() == org.springframework.web.multipart.MultipartFile.class));
    }

    /** The request with a body: a fresh PDF and every form field as multipart, else JSON (API) or the form (pages). */
    private static HttpRequest.Builder write(HttpRequest.Builder request, Endpoint endpoint, boolean multipart, String json,
            Map<String, String> form) {
        HttpRequest.BodyPublisher body;
        if (multipart) {
            String boundary = "----sinergi" + UUID.randomUUID();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            form.forEach((name, value) -> bytes.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            bytes.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pimpinan.pdf\""
                    + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(EvidenceUploadTest.pdf(UUID.randomUUID().toString()));
            bytes.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            body = HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray());
        } else if (endpoint.pattern().endsWith("/import")) {
            request.header("Content-Type", "text/csv");
            body = HttpRequest.BodyPublishers.ofString("name\nOPD Pimpinan\n", StandardCharsets.UTF_8);
        } else {
            request.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        }
        return endpoint.method() == RequestMethod.DELETE ? request.DELETE() : request.method(endpoint.method().name(), body);
    }

    /**
     * Body limits hold for everyone, before any login: no visitor can make the server read a body larger
     * than every declared limit (60 MB, above even evidence uploads) on any endpoint that takes a body.
     * The request announces its length and sends no byte of the body: the answer must come at once.
     */
    @Test
    void noVisitorGetsAnOversizedBodyRead() throws java.io.IOException {
        Map<String, List<String>> before = victimTables(victim);
        List<String> refused = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method() == RequestMethod.GET) {
                continue;
            }
            String path = path(endpoint.pattern(), victim.ids());
            String head = announceBody(endpoint.method().name(), path, path.startsWith("/api/") ? "application/json"
                    : "application/x-www-form-urlencoded", 60L * 1024 * 1024);
            assertThat(head).as("%s with a 60 MB body", endpoint).startsWith("HTTP/1.1 413");
            assertThat(head).as("%s leaks the victim's data", endpoint).doesNotContain(victim.secret());
            refused.add(endpoint.toString());
        }
        assertThat(refused).hasSizeGreaterThan(60);
        assertThat(victimTables(victim)).isEqualTo(before);
    }

    /** Sends only the head of a request whose body would be {@code length} bytes; the head of the answer. */
    private String announceBody(String method, String path, String contentType, long length) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    + contentType + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The head of the answer is enough (the server may wait for the announced body before closing).
            java.io.InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            int b;
            while (answer.indexOf("\r\n\r\n") < 0 && answer.length() < 8192 && (b = in.read()) >= 0) {
                answer.append((char) b);
            }
            return answer.toString();
        } catch (java.net.SocketTimeoutException e) {
            return "no answer within 20 s";
        }
    }

    @Test
    void anonymousVisitorsReachOnlyPublicEndpoints() {
        Map<String, List<String>> before = victimTables(victim);
        for (Endpoint endpoint : endpoints()) {
            HttpResponse<String> response = call(endpoint, victim, null, null);
            assertThat(response.body()).as("%s leaks to anonymous visitors", endpoint).doesNotContain(victim.secret());
            if (!isPublic(endpoint, victim)) {
                boolean toLogin = response.statusCode() == 302
                        && response.headers().firstValue("Location").orElse("").endsWith("/masuk");
                assertThat(toLogin || Set.of(401, 403).contains(response.statusCode()))
                        .as("%s answered %d to an anonymous visitor", endpoint, response.statusCode()).isTrue();
            }
        }
        assertThat(victimTables(victim)).isEqualTo(before);
    }
}
