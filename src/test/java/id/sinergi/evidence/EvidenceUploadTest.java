package id.sinergi.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

public class EvidenceUploadTest extends WebTest {

    @Autowired
    JdbcClient jdbc;

    @Value("${sinergi.evidence.directory}")
    String directory;

    /** A small, valid PDF; {@code marker} makes its bytes (and so its hash) unique. */
    public static byte[] pdf(String marker) {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% " + marker + "\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPdfIsStoredOnceAndDownloadedAsAnAttachmentByItsGovernmentOnly() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String token = tokenOf(POLMAN_COORDINATOR);
        byte[] content = pdf(UUID.randomUUID().toString());

        HttpResponse<String> first = uploadEvidence(polman, token, "Perbup Arsitektur SPBE.pdf", content);
        HttpResponse<String> again = uploadEvidence(polman, token, "salinan.pdf", content);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(first).get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(json(again).get("id").asLong()).isEqualTo(json(first).get("id").asLong());
        long id = json(first).get("id").asLong();
        HttpResponse<byte[]> download = sendBytes(request("/api/v1/governments/" + polman + "/evidence/" + id + "/content")
                .header("Authorization", "Bearer " + token).GET());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(download.body()).isEqualTo(content);
        HttpResponse<byte[]> foreign = sendBytes(request("/api/v1/governments/" + polman + "/evidence/" + id + "/content")
                .header("Authorization", "Bearer " + tokenOf(GORONTALO_PROVINCE_COORDINATOR)).GET());
        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    @Test
    void badFilesGetAClearMessageAndLeaveNothingBehind() throws IOException {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String token = tokenOf(POLMAN_COORDINATOR);
        long rows = rows();
        long files = storedFiles();
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';

        HttpResponse<String> empty = uploadEvidence(polman, token, "kosong.pdf", new byte[0]);
        HttpResponse<String> disguised = uploadEvidence(polman, token, "laporan.pdf", executable);
        HttpResponse<String> text = uploadEvidence(polman, token, "catatan.pdf", "hanya teks biasa".getBytes(StandardCharsets.UTF_8));

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("detail").asString()).contains("kosong");
        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(json(disguised).get("detail").asString()).contains("tidak diterima");
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(json(text).get("problem").asString()).isEqualTo("evidence.type");
        assertThat(rows()).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void aPathInTheFileNameIsDroppedNeverFollowed() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);

        HttpResponse<String> response = uploadEvidence(polman, tokenOf(POLMAN_COORDINATOR), "../../../etc/passwd.pdf",
                pdf(UUID.randomUUID().toString()));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response).get("name").asString()).isEqualTo("passwd.pdf");
        assertThat(Files.exists(Path.of(directory).toAbsolutePath().getParent().resolve("etc"))).isFalse();
    }

    @Test
    void a200MegabyteUploadIsRefusedByTheLimitWithoutTheHeapGrowing() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        long rows = rows();
        // A body held whole in memory would be one huge array: G1 places those in the old generation.
        java.lang.management.MemoryPoolMXBean old = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().contains("Old Gen")).findFirst().orElseThrow();
        System.gc();
        long retainedBefore = used();
        old.resetPeakUsage();
        long oldBefore = old.getUsage().getUsed();
        String boundary = "----sinergi" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"video.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long size = 200L * 1024 * 1024;

        HttpResponse<String> response = send(request("/api/v1/governments/" + polman + "/evidence")
                .header("Authorization", "Bearer " + tokenOf(POLMAN_COORDINATOR))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SequenceInputStream(new java.io.ByteArrayInputStream(head), new SequenceInputStream(zeros(size),
                                new java.io.ByteArrayInputStream(tail)))), head.length + size + tail.length)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("detail").asString()).contains("50 MB");
        assertThat(rows()).isEqualTo(rows);
        // The body is streamed to disk and cut off at the limit: no large array, nothing retained.
        assertThat(old.getPeakUsage().getUsed() - oldBefore).isLessThan(48L * 1024 * 1024);
        System.gc();
        assertThat(used() - retainedBefore).isLessThan(16L * 1024 * 1024);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void anUploadInterruptedByACrashLeavesNothingVisibleAfterRestart() throws IOException {
        // What a killed process leaves: a partial temporary file, and no row (the row is written last).
        Path temporary = Path.of(directory).resolve(".tmp");
        Files.createDirectories(temporary);
        Path partial = temporary.resolve(UUID.randomUUID() + ".part");
        Files.write(partial, new byte[] {'%', 'P', 'D', 'F'});
        long rows = rows();

        // At start-up the store empties its temporary directory.
        ((org.springframework.beans.factory.SmartInitializingSingleton) context.getBean(EvidenceLibrary.class))
                .afterSingletonsInstantiated();

        assertThat(Files.exists(partial)).isFalse();
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void tenParallelUploadsOfTheSameBytesAllAnswerTheSameEvidence() throws Exception {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String token = tokenOf(POLMAN_COORDINATOR);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            for (int round = 0; round < 5; round++) {
                byte[] content = pdf(UUID.randomUUID() + " " + "x".repeat(256 * 1024));
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<HttpResponse<String>>> uploads = new java.util.ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    String name = "sama " + i + ".pdf";
                    uploads.add(pool.submit(() -> {
                        start.await();
                        return uploadEvidence(polman, token, name, content);
                    }));
                }
                start.countDown();
                java.util.Set<Long> ids = new java.util.HashSet<>();
                for (var upload : uploads) {
                    HttpResponse<String> response = upload.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    assertThat(response.statusCode()).as("round %d: %s", round, response.body()).isEqualTo(201);
                    ids.add(json(response).get("id").asLong());
                }
                assertThat(ids).as("round %d", round).hasSize(1);
                assertThat(jdbc.sql("select count(*) from evidence_file where government_id = ? and id = ?")
                        .params(polman, ids.iterator().next()).query(Long.class).single()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLongFileNameIsShortenedKeepingItsExtensionAndAnOverlongOneIsNamedAsTheProblem() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String token = tokenOf(POLMAN_COORDINATOR);
        String name = "Laporan Evaluasi SPBE " + "sangat panjang ".repeat(40);
        name = name.substring(0, 466) + ".pdf";
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(470);

        HttpResponse<String> shortened = uploadEvidence(polman, token, name, pdf(UUID.randomUUID().toString()));
        HttpResponse<String> overlong = uploadEvidence(polman, token, "n".repeat(4996) + ".pdf", pdf(UUID.randomUUID().toString()));

        assertThat(shortened.statusCode()).as(shortened.body()).isEqualTo(201);
        String stored = json(shortened).get("name").asString();
        assertThat(stored).hasSizeLessThanOrEqualTo(200).startsWith("Laporan Evaluasi SPBE sangat panjang").endsWith(".pdf");
        assertThat(overlong.statusCode()).isIn(400, 413);
        assertThat(json(overlong).get("problem").asString()).isEqualTo("evidence.nameTooLong");
        assertThat(json(overlong).get("detail").asString()).contains("Nama berkas terlalu panjang").doesNotContain("MB");
    }

    @Autowired
    jakarta.servlet.MultipartConfigElement multipart;

    @Test
    void uploadsAreSpooledInOurOwnFolderUnderTheEvidenceDirectory() {
        Path location = Path.of(multipart.getLocation());

        assertThat(location).isAbsolute().isDirectory();
        assertThat(location).isEqualTo(Path.of(directory).toAbsolutePath().normalize().resolve(".multipart"));
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    private long rows() {
        return jdbc.sql("select count(*) from evidence_file").query(Long.class).single();
    }

    private long storedFiles() throws IOException {
        Path root = Path.of(directory);
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
