package id.sinergi.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load run of OPD operators against a running Sinergi, over real HTTP only (see docs/benchmarks.md
 * and bench/load-operators.sh, which starts the app on a fresh data directory and runs this).
 *
 * <p>Preparation, as the people involved would do it: the national admin signs in on the page and
 * creates a personal access token; with it (API) opens an evaluation period for the governments,
 * adds OPDs up to the wanted number per government, invites one operator per OPD and assigns the
 * indicators; each invited operator accepts the first-login link, signs in and creates their own
 * token (pages, with CSRF, as a person would). Then a fixed pool of one thread per operator runs a
 * closed loop without think time: save a draft answer on one of their OPD's indicators with the
 * version their previous write returned, and every Nth iteration upload a unique PDF of about 1 MB
 * and attach it to that answer. A warm-up runs first; then the measured run; then two baselines with
 * the same threads: a static file and the cheapest authenticated API call. Any response other than
 * the expected 2xx, and any I/O failure, is an error and is reported.
 *
 * <p>Arguments are {@code --name=value}; see {@link Settings#parse}. Only plain JDK HTTP and Jackson.
 */
public final class OperatorLoad {

    static final String INSTRUMENT = "permenpanrb-59-2020";
    static final String OPERATOR_PASSWORD = "Uji-Beban-Sinergi-2027";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">(sng_[A-Za-z0-9_-]+)<");

    enum Kind {
        SAVE("PUT contribution (save draft)", 200),
        UPLOAD("POST evidence (1 MB PDF)", 201),
        ATTACH("PUT attach evidence", 204),
        STATIC("GET /css/app.css", 200),
        ME("GET /api/v1/me (token)", 200);

        final String label;
        final int expected;

        Kind(String label, int expected) {
            this.label = label;
            this.expected = expected;
        }
    }

    record Settings(String base, String adminEmail, String adminPassword, List<String> governments,
            int opdsPerGovernment, int indicatorsPerOpd, int uploadEvery, int imageSide, int warmupSeconds,
            int durationSeconds, int baselineWarmupSeconds, int baselineSeconds, int prepThreads, int year,
            long appPid, Path dataDir, Path samples) {

        static Settings parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
                }
                given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            Settings settings = new Settings(given.getOrDefault("base", "http://127.0.0.1:18081"),
                    given.getOrDefault("admin", "admin@sinergi.test"), given.getOrDefault("admin-password", "Demo-Sinergi-2026"),
                    List.of(given.getOrDefault("governments", "76.04,75,75.71,76.05,76.02").split(",")),
                    Integer.parseInt(given.getOrDefault("opds", "40")),
                    Integer.parseInt(given.getOrDefault("indicators-per-opd", "2")),
                    Integer.parseInt(given.getOrDefault("upload-every", "5")),
                    Integer.parseInt(given.getOrDefault("image-side", "1024")),
                    Integer.parseInt(given.getOrDefault("warmup", "20")),
                    Integer.parseInt(given.getOrDefault("duration", "60")),
                    Integer.parseInt(given.getOrDefault("baseline-warmup", "5")),
                    Integer.parseInt(given.getOrDefault("baseline", "15")),
                    Integer.parseInt(given.getOrDefault("prep-threads", "8")),
                    Integer.parseInt(given.getOrDefault("year", "2027")),
                    Long.parseLong(given.getOrDefault("app-pid", "0")),
                    given.containsKey("data-dir") ? Path.of(given.get("data-dir")) : null,
                    given.containsKey("samples") ? Path.of(given.get("samples")) : null);
            Map<String, String> known = new LinkedHashMap<>(given);
            Stream.of("base", "admin", "admin-password", "governments", "opds", "indicators-per-opd", "upload-every",
                    "image-side", "warmup", "duration", "baseline-warmup", "baseline", "prep-threads", "year", "app-pid",
                    "data-dir", "samples").forEach(known::remove);
            if (!known.isEmpty()) {
                throw new IllegalArgumentException("Unknown arguments: " + known.keySet());
            }
            return settings;
        }
    }

    /** One simulated person: their OPD, their token, the indicators of their OPD and the version they last got. */
    static final class Operator {
        final int number;
        final long governmentId;
        final long agencyId;
        final String email;
        final List<String> indicators = new ArrayList<>();
        int[] versions;
        String token;
        String invitationPath;
        int iteration;
        int uploads;

        Operator(int number, long governmentId, long agencyId, String email) {
            this.number = number;
            this.governmentId = governmentId;
            this.agencyId = agencyId;
            this.email = email;
        }
    }

    private final Settings settings;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final EvidencePdf pdf;
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final List<Operator> operators = new ArrayList<>();
    private long periodId;
    private String adminToken;

    OperatorLoad(Settings settings) {
        this.settings = settings;
        this.pdf = new EvidencePdf(settings.imageSide());
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        OperatorLoad load = new OperatorLoad(settings);
        load.prepare();
        load.run();
    }

    // ---------------------------------------------------------------- preparation (not measured)

    void prepare() throws Exception {
        long started = System.nanoTime();
        Browser admin = new Browser();
        admin.signIn(settings.adminEmail(), settings.adminPassword());
        adminToken = admin.createToken("uji beban admin");

        Map<String, Long> governmentIds = new LinkedHashMap<>();
        for (JsonNode government : json(expect(api("GET", "/api/v1/governments", null, null), 200))) {
            governmentIds.put(government.path("code").asString(), government.path("id").asLong());
        }
        List<String> indicators = new ArrayList<>();
        JsonNode instrument = json(expect(api("GET", "/api/v1/frameworks/" + INSTRUMENT, null, null), 200));
        for (JsonNode aspect : instrument.path("aspects")) {
            for (JsonNode indicator : aspect.path("indicators")) {
                indicators.add(indicator.path("code").asString());
            }
        }

        // Stage windows are enforced by the date in Jakarta: the self-assessment must be open today.
        StringBuilder stages = new StringBuilder();
        LocalDate opens = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(7);
        for (String stage : List.of("SELF_ASSESSMENT", "DOCUMENT", "INTERVIEW", "VISIT", "FINAL")) {
            stages.append(stages.length() == 0 ? "" : ",").append("{\"stage\":\"").append(stage).append("\",\"opensOn\":\"")
                    .append(opens).append("\",\"closesOn\":\"").append(opens.plusDays(29)).append("\"}");
            opens = opens.plusDays(30);
        }
        String codes = settings.governments().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(","));
        periodId = json(expect(api("POST", "/api/v1/admin/periods", adminToken, "{\"year\":" + settings.year()
                + ",\"instrumentCode\":\"" + INSTRUMENT + "\",\"stages\":[" + stages + "],\"governmentCodes\":[" + codes
                + "]}"), 201)).path("id").asLong();

        int number = 0;
        for (String code : settings.governments()) {
            long governmentId = governmentIds.get(code);
            List<Long> agencies = new ArrayList<>();
            for (JsonNode agency : json(expect(api("GET", "/api/v1/governments/" + governmentId + "/agencies", adminToken,
                    null), 200))) {
                if (agency.path("active").asBoolean() && agencies.size() < settings.opdsPerGovernment()) {
                    agencies.add(agency.path("id").asLong());
                }
            }
            while (agencies.size() < settings.opdsPerGovernment()) {
                agencies.add(json(expect(api("POST", "/api/v1/governments/" + governmentId + "/agencies", adminToken,
                        "{\"name\":\"Dinas Uji Beban " + (agencies.size() + 1) + "\"}"), 201)).path("id").asLong());
            }
            // OPD k answers indicators k, k + opds, k + 2 * opds, ... (mod 47): every indicator is assigned,
            // some to two OPDs (the first is the lead), as when a coordinator shares an indicator.
            Map<String, List<Long>> assignment = new LinkedHashMap<>();
            for (int k = 0; k < agencies.size(); k++) {
                number++;
                Operator operator = new Operator(number, governmentId, agencies.get(k),
                        "operator.beban." + code.replace(".", "") + "." + (k + 1) + "@sinergi.test");
                for (int j = 0; j < settings.indicatorsPerOpd(); j++) {
                    String indicator = indicators.get((k + j * agencies.size()) % indicators.size());
                    operator.indicators.add(indicator);
                    assignment.computeIfAbsent(indicator, i -> new ArrayList<>()).add(agencies.get(k));
                }
                operator.versions = new int[operator.indicators.size()];
                operators.add(operator);
            }
            for (Map.Entry<String, List<Long>> entry : assignment.entrySet()) {
                String ids = entry.getValue().stream().map(String::valueOf).collect(Collectors.joining(","));
                expect(api("PUT", "/api/v1/governments/" + governmentId + "/assessments/" + periodId + "/assignments/"
                        + entry.getKey(), adminToken, "{\"agencyIds\":[" + ids + "],\"leadAgencyId\":"
                        + entry.getValue().get(0) + "}"), 200);
            }
            for (Operator operator : operators) {
                if (operator.governmentId == governmentId) {
                    operator.invitationPath = json(expect(api("POST", "/api/v1/governments/" + governmentId + "/users",
                            adminToken, "{\"email\":\"" + operator.email + "\",\"name\":\"Operator Uji Beban "
                                    + operator.number + "\",\"role\":\"OPERATOR\",\"agencyId\":" + operator.agencyId + "}"),
                            201)).path("path").asString();
                }
            }
        }
        long assigned = System.nanoTime();

        // Each operator: first-login link, sign-in, own token (bcrypt twice: the slow part of the preparation).
        ExecutorService pool = Executors.newFixedThreadPool(settings.prepThreads());
        List<Callable<Void>> onboarding = new ArrayList<>();
        for (Operator operator : operators) {
            onboarding.add(() -> {
                Browser browser = new Browser();
                browser.get(operator.invitationPath);
                HttpResponse<String> accepted = browser.post(operator.invitationPath,
                        Map.of("password", OPERATOR_PASSWORD, "confirmation", OPERATOR_PASSWORD));
                if (accepted.statusCode() != 302) {
                    throw new IllegalStateException("Invitation of " + operator.email + ": " + accepted.statusCode());
                }
                browser.signIn(operator.email, OPERATOR_PASSWORD);
                operator.token = browser.createToken("uji beban");
                return null;
            });
        }
        for (Future<Void> done : pool.invokeAll(onboarding)) {
            done.get();
        }
        pool.shutdown();
        long onboarded = System.nanoTime();

        System.out.printf(Locale.ROOT, "prepared over HTTP in %.1f s (period, OPDs, invitations, assignments %.1f s; "
                        + "%d first logins, sign-ins and tokens with %d threads %.1f s)%n",
                (onboarded - started) / 1e9, (assigned - started) / 1e9, operators.size(), settings.prepThreads(),
                (onboarded - assigned) / 1e9);
        System.out.printf(Locale.ROOT, "layout: period %d (%s, %d), %d governments %s x %d OPDs, one operator each = %d "
                        + "operators with their own token; %d indicators per OPD (%d assignments per government over %d indicators)%n",
                periodId, INSTRUMENT, settings.year(), settings.governments().size(), settings.governments(),
                settings.opdsPerGovernment(), operators.size(), settings.indicatorsPerOpd(),
                settings.opdsPerGovernment() * settings.indicatorsPerOpd(), indicators.size());
    }

    // ---------------------------------------------------------------- the runs

    /** What one thread measured in one phase; merged afterwards. */
    static final class Tally {
        final Map<Kind, LongList> latencies = new EnumMap<>(Kind.class);
        final Map<Kind, Integer> unexpected = new EnumMap<>(Kind.class);
        final Map<Kind, Integer> failures = new EnumMap<>(Kind.class);
        final Map<Kind, Integer> late = new EnumMap<>(Kind.class);
        final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

        void merge(Tally other) {
            other.latencies.forEach((k, v) -> latencies.computeIfAbsent(k, x -> new LongList()).addAll(v));
            other.unexpected.forEach((k, v) -> unexpected.merge(k, v, Integer::sum));
            other.failures.forEach((k, v) -> failures.merge(k, v, Integer::sum));
            other.late.forEach((k, v) -> late.merge(k, v, Integer::sum));
            other.statuses.forEach((k, v) -> statuses.merge(k, v, Integer::sum));
        }

        int errors(Kind kind) {
            return unexpected.getOrDefault(kind, 0) + failures.getOrDefault(kind, 0);
        }
    }

    /** A phase: requests that complete before the deadline are counted; those still in flight then are not. */
    record Phase(String name, long start, long deadline) {
        double seconds() {
            return (deadline - start) / 1e9;
        }
    }

    interface Step {
        void run(Operator operator, Phase phase, Tally tally) throws InterruptedException;
    }

    void run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(operators.size());
        System.out.printf(Locale.ROOT, "mix per operator: save a draft answer (alternating over its %d indicators, "
                        + "carrying the version returned); every %d iterations also upload a ~%,d-byte PDF and attach it; "
                        + "no think time%n", settings.indicatorsPerOpd(), settings.uploadEvery(), pdf.size());

        Tally warmup = phase(pool, "warm-up", settings.warmupSeconds(), this::operatorStep).tally;
        report("warm-up (discarded)", warmup, settings.warmupSeconds(), null);
        PhaseResult measured = phase(pool, "measured", settings.durationSeconds(), this::operatorStep);
        report("measured run", measured.tally, settings.durationSeconds(), measured.cpu);
        long iterations = operators.stream().mapToLong(o -> o.iteration).sum();

        phase(pool, "static warm-up", settings.baselineWarmupSeconds(), (o, p, t) -> call(Kind.STATIC, p, t,
                HttpRequest.newBuilder(uri("/css/app.css")).GET()));
        PhaseResult staticRun = phase(pool, "static", settings.baselineSeconds(), (o, p, t) -> call(Kind.STATIC, p, t,
                HttpRequest.newBuilder(uri("/css/app.css")).GET()));
        report("baseline: static file, same threads", staticRun.tally, settings.baselineSeconds(), staticRun.cpu);
        phase(pool, "me warm-up", settings.baselineWarmupSeconds(), (o, p, t) -> call(Kind.ME, p, t,
                authorised(o.token, "/api/v1/me").GET()));
        PhaseResult meRun = phase(pool, "me", settings.baselineSeconds(), (o, p, t) -> call(Kind.ME, p, t,
                authorised(o.token, "/api/v1/me").GET()));
        report("baseline: authenticated no-op API call, same threads", meRun.tally, settings.baselineSeconds(), meRun.cpu);
        pool.shutdown();

        summary(measured, staticRun, meRun);
        afterChecks(iterations);
        if (settings.samples() != null) {
            writeSamples(Map.of("measured", measured.tally, "static", staticRun.tally, "me", meRun.tally));
        }
    }

    record PhaseResult(Tally tally, Cpu.Shares cpu) {
    }

    PhaseResult phase(ExecutorService pool, String name, int seconds, Step step) throws Exception {
        System.out.printf(Locale.ROOT, "%s: %s, %d s%n", java.time.LocalTime.now().withNano(0), name, seconds);
        Cpu before = Cpu.snapshot(settings.appPid(), settings.dataDir());
        long start = System.nanoTime();
        Phase phase = new Phase(name, start, start + seconds * 1_000_000_000L);
        List<Callable<Tally>> workers = new ArrayList<>();
        for (Operator operator : operators) {
            workers.add(() -> {
                Tally tally = new Tally();
                while (System.nanoTime() < phase.deadline()) {
                    step.run(operator, phase, tally);
                }
                return tally;
            });
        }
        List<Future<Tally>> results = new ArrayList<>();
        for (Callable<Tally> worker : workers) {
            results.add(pool.submit(worker));
        }
        // CPU is read at the deadline, not when the last in-flight request has finished.
        long sleep = phase.deadline() - System.nanoTime();
        if (sleep > 0) {
            Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
        }
        Cpu after = Cpu.snapshot(settings.appPid(), settings.dataDir());
        Tally total = new Tally();
        for (Future<Tally> result : results) {
            total.merge(result.get());
        }
        return new PhaseResult(total, before == null || after == null ? null : before.sharesUntil(after));
    }

    /** One iteration of one operator: save, and every Nth time upload a file and attach it to the same answer. */
    void operatorStep(Operator operator, Phase phase, Tally tally) throws InterruptedException {
        int slot = operator.iteration % operator.indicators.size();
        String indicator = operator.indicators.get(slot);
        String contribution = "/api/v1/governments/" + operator.governmentId + "/assessments/" + periodId + "/agencies/"
                + operator.agencyId + "/contributions/" + indicator;
        int level = 1 + (operator.iteration / operator.indicators.size()) % 5;
        String body = "{\"value\":" + level + ",\"explanation\":\"Draf ke-" + (operator.iteration + 1)
                + ": Peraturan Bupati tentang SPBE sudah ditetapkan, reviu berkala oleh Bagian Organisasi; "
                + "bukti dukung dilampirkan (operator " + operator.number + ").\",\"version\":" + operator.versions[slot]
                + ",\"submit\":false}";
        HttpResponse<String> saved = call(Kind.SAVE, phase, tally, authorised(operator.token, contribution)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        if (saved != null && saved.statusCode() == 200) {
            operator.versions[slot] = json(saved).path("version").asInt();
        } else if (saved != null && saved.statusCode() == 409) {
            // Counted as an error already; carry on from the version the server reports.
            operator.versions[slot] = json(saved).path("current").path("version").asInt();
        }
        if (saved != null && saved.statusCode() == 200
                && operator.iteration % settings.uploadEvery() == settings.uploadEvery() - 1) {
            operator.uploads++;
            String name = "bukti-" + operator.number + "-" + operator.uploads + ".pdf";
            byte[][] parts = pdf.multipart(name, "Bukti dukung indikator " + indicator + ", operator " + operator.number
                    + ", unggahan " + operator.uploads);
            HttpResponse<String> uploaded = call(Kind.UPLOAD, phase, tally,
                    authorised(operator.token, "/api/v1/governments/" + operator.governmentId + "/evidence")
                            .header("Content-Type", "multipart/form-data; boundary=" + EvidencePdf.BOUNDARY)
                            .POST(HttpRequest.BodyPublishers.ofByteArrays(Arrays.asList(parts))));
            if (uploaded != null && uploaded.statusCode() == 201) {
                long evidenceId = json(uploaded).path("id").asLong();
                call(Kind.ATTACH, phase, tally, authorised(operator.token, contribution + "/evidence/" + evidenceId)
                        .PUT(HttpRequest.BodyPublishers.noBody()));
            }
        }
        operator.iteration++;
    }

    HttpResponse<String> call(Kind kind, Phase phase, Tally tally, HttpRequest.Builder request) throws InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            tally.failures.merge(kind, 1, Integer::sum);
            if (errorSamples.size() < 20) {
                errorSamples.add(phase.name() + " " + kind + ": " + e);
            }
            return null;
        }
        long end = System.nanoTime();
        tally.statuses.merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() != kind.expected) {
            tally.unexpected.merge(kind, 1, Integer::sum);
            if (errorSamples.size() < 20) {
                errorSamples.add(phase.name() + " " + kind + ": " + response.statusCode() + " "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
        } else if (end <= phase.deadline()) {
            tally.latencies.computeIfAbsent(kind, k -> new LongList()).add(end - start);
        } else {
            tally.late.merge(kind, 1, Integer::sum);
        }
        return response;
    }

    // ---------------------------------------------------------------- reporting

    private static final String ROW = "%-32s %9s %10s %9s %9s %9s %9s %8s%n";

    void report(String title, Tally tally, int seconds, Cpu.Shares cpu) {
        System.out.printf(Locale.ROOT, "%n== %s: %d s, %d threads (one per operator)%n", title, seconds, operators.size());
        System.out.printf(Locale.ROOT, ROW, "request", "completed", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors");
        long all = 0;
        int errors = 0;
        for (Kind kind : Kind.values()) {
            LongList samples = tally.latencies.get(kind);
            if (samples == null && tally.errors(kind) == 0) {
                continue;
            }
            long[] sorted = samples == null ? new long[0] : samples.sorted();
            all += sorted.length;
            errors += tally.errors(kind);
            System.out.printf(Locale.ROOT, ROW, kind.label, sorted.length, String.format(Locale.ROOT, "%.1f",
                            sorted.length / (double) seconds), ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.90)),
                    ms(percentile(sorted, 0.99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), tally.errors(kind));
        }
        System.out.printf(Locale.ROOT, ROW, "all", all, String.format(Locale.ROOT, "%.1f", all / (double) seconds), "", "",
                "", "", errors);
        System.out.printf("status codes: %s; non-2xx/unexpected %d, I/O failures %d; completed after the deadline (not "
                        + "counted) %d%n", tally.statuses, tally.unexpected.values().stream().mapToInt(Integer::intValue).sum(),
                tally.failures.values().stream().mapToInt(Integer::intValue).sum(),
                tally.late.values().stream().mapToInt(Integer::intValue).sum());
        if (cpu != null) {
            System.out.println(cpu);
        }
    }

    void summary(PhaseResult measured, PhaseResult staticRun, PhaseResult meRun) {
        double seconds = settings.durationSeconds();
        long requests = measured.tally.latencies.values().stream().mapToLong(LongList::size).sum();
        long uploads = size(measured.tally, Kind.UPLOAD);
        double requestRate = requests / seconds;
        double staticRate = size(staticRun.tally, Kind.STATIC) / (double) settings.baselineSeconds();
        double meRate = size(meRun.tally, Kind.ME) / (double) settings.baselineSeconds();
        System.out.printf(Locale.ROOT, "%n== summary%n");
        System.out.printf(Locale.ROOT, "operator requests/s %.1f (save %.1f, upload %.1f = %.1f MB/s of PDF, attach %.1f); "
                        + "one save per operator iteration%n", requestRate, size(measured.tally, Kind.SAVE) / seconds,
                uploads / seconds, uploads * (double) pdf.size() / seconds / 1e6, size(measured.tally, Kind.ATTACH) / seconds);
        System.out.printf(Locale.ROOT, "ratios of request rates: operator mix / static file %.3f; operator mix / "
                        + "authenticated no-op %.3f; save / authenticated no-op %.3f; authenticated no-op / static %.3f%n",
                requestRate / staticRate, requestRate / meRate, size(measured.tally, Kind.SAVE) / seconds / meRate,
                meRate / staticRate);
        int errors = 0;
        for (PhaseResult result : List.of(measured, staticRun, meRun)) {
            for (Kind kind : Kind.values()) {
                errors += result.tally.errors(kind);
            }
        }
        System.out.println("errors (non-2xx or I/O) in the measured run and baselines: " + errors);
        if (!errorSamples.isEmpty()) {
            System.out.println("first errors (all phases):");
            errorSamples.forEach(e -> System.out.println("  " + e));
        }
    }

    /** Outside the measurement: every upload was stored as its own file, and the audit chain still verifies. */
    void afterChecks(long iterations) throws Exception {
        long uploads = operators.stream().mapToLong(o -> o.uploads).sum();
        long stored = 0;
        for (long government : operators.stream().map(o -> o.governmentId).distinct().toList()) {
            stored += json(expect(api("GET", "/api/v1/governments/" + government + "/evidence", adminToken, null), 200)).size();
        }
        System.out.printf(Locale.ROOT, "%nafter the run: %d operator iterations in all phases, %d uploads sent, %d evidence "
                + "files stored (distinct content, so no upload was a dedupe hit)%n", iterations, uploads, stored);
        long start = System.nanoTime();
        HttpResponse<String> verification = api("POST", "/api/v1/admin/audit/verification", adminToken, null);
        System.out.printf(Locale.ROOT, "audit chain verification: %d %s (%.1f s)%n", verification.statusCode(),
                verification.body().substring(0, Math.min(200, verification.body().length())), (System.nanoTime() - start) / 1e9);
    }

    void writeSamples(Map<String, Tally> tallies) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(settings.samples()))) {
            out.println("phase,request,latency_us");
            for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
                for (Map.Entry<Kind, LongList> samples : entry.getValue().latencies.entrySet()) {
                    for (long nanos : samples.getValue().sorted()) {
                        out.println(entry.getKey() + "," + samples.getKey() + "," + nanos / 1000);
                    }
                }
            }
        }
        System.out.println("latency samples: " + settings.samples());
    }

    private static long size(Tally tally, Kind kind) {
        LongList list = tally.latencies.get(kind);
        return list == null ? 0 : list.size();
    }

    /** Nearest rank: the smallest sample with at least q of the samples at or below it. */
    static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    // ---------------------------------------------------------------- HTTP helpers

    URI uri(String path) {
        return URI.create(settings.base() + path);
    }

    HttpRequest.Builder authorised(String token, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    HttpResponse<String> api(String method, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + " (expected " + status + "): " + response.body());
        }
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A person with a browser: cookies (session, CSRF) and the CSRF field of the last page read. */
    final class Browser {
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String csrf;

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            Map<String, String> fields = new LinkedHashMap<>(form);
            if (csrf != null) {
                fields.put("_csrf", csrf);
            }
            String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        void signIn(String email, String password) throws IOException, InterruptedException {
            get("/masuk");
            HttpResponse<String> response = post("/masuk", Map.of("email", email, "password", password));
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302 || !location.endsWith("/beranda")) {
                throw new IllegalStateException("Sign-in of " + email + " failed: " + response.statusCode() + " " + location);
            }
        }

        String createToken(String name) throws IOException, InterruptedException {
            get("/akun/token");
            HttpResponse<String> response = post("/akun/token", Map.of("name", name, "days", "7"));
            Matcher token = NEW_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("No token created: " + response.statusCode());
            }
            return token.group(1);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return response;
        }
    }

    // ---------------------------------------------------------------- evidence files

    /**
     * A valid one-page PDF: a line of text and a 8-bit grey image of random noise (a stand-in for a
     * scanned page), uncompressed, so the file is about {@code side * side} bytes. The noise is made once;
     * each file gets a 32-byte unique stamp at the start of its image data and its own text line, so
     * every upload has a distinct SHA-256 and the server's de-duplication never short-cuts it.
     */
    static final class EvidencePdf {
        static final String BOUNDARY = "----sinergi-uji-beban-7d3f1c";
        private final int side;
        private final byte[] noise;
        private final int size;

        EvidencePdf(int side) {
            this.side = side;
            this.noise = new byte[side * side];
            new SplittableRandom(2027).nextBytes(noise);
            this.size = document("x".repeat(60)).length;
        }

        int size() {
            return size;
        }

        byte[][] multipart(String fileName, String text) {
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n";
            return new byte[][] {head.getBytes(StandardCharsets.UTF_8), document(text),
                    ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8)};
        }

        byte[] document(String text) {
            byte[] image = noise.clone();
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < 32; i++) {
                image[i] = (byte) random.nextInt(256);
            }
            String content = "BT /F1 14 Tf 50 800 Td (" + text.replaceAll("[()\\\\]", " ") + ") Tj ET\n"
                    + "q 495 0 0 700 50 60 cm /Im1 Do Q\n";
            Pdf out = new Pdf(side * side + 2048);
            out.text("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
            out.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
            out.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            out.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> "
                    + "/XObject << /Im1 5 0 R >> >> /Contents 6 0 R >>");
            out.object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            out.stream(5, "<< /Type /XObject /Subtype /Image /Width " + side + " /Height " + side
                    + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " + image.length + " >>", image);
            byte[] contentBytes = content.getBytes(StandardCharsets.ISO_8859_1);
            out.stream(6, "<< /Length " + contentBytes.length + " >>", contentBytes);
            out.trailer();
            return out.bytes();
        }

        /** Writes objects while remembering their offsets, for a correct cross-reference table. */
        private static final class Pdf {
            private final java.io.ByteArrayOutputStream bytes;
            private final List<Integer> offsets = new ArrayList<>();

            Pdf(int capacity) {
                bytes = new java.io.ByteArrayOutputStream(capacity);
            }

            void text(String text) {
                bytes.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
            }

            void object(int number, String dictionary) {
                offsets.add(bytes.size());
                text(number + " 0 obj\n" + dictionary + "\nendobj\n");
            }

            void stream(int number, String dictionary, byte[] data) {
                offsets.add(bytes.size());
                text(number + " 0 obj\n" + dictionary + "\nstream\n");
                bytes.writeBytes(data);
                text("\nendstream\nendobj\n");
            }

            void trailer() {
                int xref = bytes.size();
                StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
                for (int offset : offsets) {
                    table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
                }
                table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                        .append(xref).append("\n%%EOF\n");
                text(table.toString());
            }

            byte[] bytes() {
                return bytes.toByteArray();
            }
        }
    }

    // ---------------------------------------------------------------- CPU accounting (Linux /proc)

    /**
     * Clock ticks of the whole machine and of the app JVM, its embedded PostgreSQL (postmaster,
     * found via postmaster.pid in the data directory, its reaped children and its live children) and
     * this driver, as bench/load-score.sh counts them; besides, the kernel's own share (interrupts and
     * soft interrupts, e.g. loopback networking, plus kernel threads such as writeback of the evidence
     * files), so that "other processes" means other programs.
     */
    record Cpu(long total, long busy, long steal, long interrupts, long app, long postgres, long driver, long kernel,
            Map<String, Long> others) {

        static Cpu snapshot(long appPid, Path dataDir) {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i <= 8; i++) {
                    total += Long.parseLong(cpu[i]);
                }
                long busy = total - Long.parseLong(cpu[4]) - Long.parseLong(cpu[5]);
                long app = appPid > 0 ? ticks(stat(Path.of("/proc/" + appPid + "/stat")), false) : 0;
                long driver = ticks(stat(Path.of("/proc/self/stat")), false);
                long postgres = 0;
                long kernel = 0;
                Map<String, Long> others = new java.util.HashMap<>();
                String self = Path.of("/proc/self").toRealPath().getFileName().toString();
                Path pidFile = dataDir == null ? null : dataDir.resolve("postgres/postmaster.pid");
                String postmaster = pidFile != null && Files.exists(pidFile)
                        ? Files.readAllLines(pidFile).get(0).trim() : "none";
                try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                    for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                        String[] fields = stat(process.resolve("stat"));
                        if (fields == null) {
                            continue;
                        }
                        if (process.getFileName().toString().equals(postmaster)) {
                            postgres += ticks(fields, true);
                        } else if (fields[1].equals(postmaster)) {
                            postgres += ticks(fields, false);
                        } else if (fields[1].equals("2") || process.getFileName().toString().equals("2")) {
                            kernel += ticks(fields, false);
                        } else if (!process.getFileName().toString().equals(self)
                                && !process.getFileName().toString().equals(Long.toString(appPid))) {
                            others.put(process.getFileName() + " " + command(process), ticks(fields, false));
                        }
                    }
                }
                return new Cpu(total, busy, Long.parseLong(cpu[8]), Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]), app,
                        postgres, driver, kernel, others);
            } catch (IOException | RuntimeException e) {
                System.out.println("no CPU accounting: " + e);
                return null;
            }
        }

        /** The fields after "(comm) ": [0] state, [1] ppid, ..., [11] utime, [12] stime, [13] cutime, [14] cstime. */
        private static String[] stat(Path file) {
            try {
                String line = Files.readString(file);
                return line.substring(line.lastIndexOf(')') + 2).trim().split("\\s+");
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static String command(Path process) {
            try {
                String line = Files.readString(process.resolve("stat"));
                return line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
            } catch (IOException | RuntimeException e) {
                return "?";
            }
        }

        private static long ticks(String[] fields, boolean withChildren) {
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
        }

        Shares sharesUntil(Cpu after) {
            double t = after.total - total;
            String top = after.others.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - others.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                    .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100 * e.getValue() / t))
                    .collect(Collectors.joining(", "));
            return new Shares((after.busy - busy) / t, (after.app - app) / t, (after.postgres - postgres) / t,
                    (after.driver - driver) / t, (after.kernel - kernel) / t, (after.interrupts - interrupts) / t,
                    (after.steal - steal) / t, top);
        }

        /** {@code interrupts} may overlap the others (time in a process's soft interrupts), so it is shown apart. */
        record Shares(double busy, double app, double postgres, double driver, double kernel, double interrupts,
                double steal, String topOthers) {
            @Override
            public String toString() {
                double other = Math.max(0, busy - app - postgres - driver - kernel);
                return String.format(Locale.ROOT, "CPU during run (share of all cores): busy %.0f%%, app JVM %.0f%%, "
                                + "app PostgreSQL %.0f%%, load driver %.0f%%, kernel threads %.0f%%, other processes %.0f%%"
                                + " (top: %s); interrupts %.0f%%, steal %.1f%%",
                        100 * busy, 100 * app, 100 * postgres, 100 * driver, 100 * kernel, 100 * other,
                        topOthers.isEmpty() ? "none" : topOthers, 100 * interrupts, 100 * steal);
            }
        }
    }

    /** A growable list of primitive longs (latencies in nanoseconds). */
    static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(LongList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        int size() {
            return size;
        }

        long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
