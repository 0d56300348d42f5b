package id.sinergi.evidence;

import id.sinergi.assessment.EvidenceLifecycleTest;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Text extraction within limits: a small .docx whose document inflates to hundreds of megabytes fails
 * within a minute without the heap growing, files uploaded after it are still read, and a file that
 * was tried too often is not parsed again at start-up.
 */
class TextExtractionTest extends WebTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void aZipBombFailsWithinAMinuteAndTheFilesAfterItAreStillRead() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String token = tokenOf(POLMAN_COORDINATOR);
        MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().contains("Old Gen")).findFirst().orElseThrow();
        System.gc();
        old.resetPeakUsage();
        long oldBefore = old.getUsage().getUsed();
        // 400 MB of one letter: a few hundred kilobytes once deflated (the file the issue describes inflates to 1 GB).
        byte[] honest = bomb(400, false);
        // The same, with a central directory that declares the document 2 kB: only the inflating itself can tell.
        byte[] lying = bomb(400, true);
        assertThat(honest.length).isLessThan(1024 * 1024);

        HttpResponse<String> first = uploadEvidence(polman, token, "laporan.docx", honest);
        HttpResponse<String> second = uploadEvidence(polman, token, "laporan lain.docx", lying);
        String words = "Rencana Induk SPBE " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> after = uploadEvidence(polman, token, "rencana induk.pdf", EvidenceLifecycleTest.pdfSaying(words));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(first).get("contentType").asString()).isEqualTo(DOCX);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(after.statusCode()).isEqualTo(201);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        assertThat(statusWhenDone(polman, token, json(first).get("id").asLong(), deadline)).isEqualTo("FAILED");
        assertThat(statusWhenDone(polman, token, json(second).get("id").asLong(), deadline)).isEqualTo("FAILED");
        assertThat(statusWhenDone(polman, token, json(after).get("id").asLong(), deadline)).isEqualTo("EXTRACTED");
        assertThat(jdbc.sql("select extracted_text from evidence_file where id = ?").param(json(after).get("id").asLong())
                .query(String.class).single()).contains(words);
        assertThat(old.getPeakUsage().getUsed() - oldBefore).as("old generation growth").isLessThan(256L * 1024 * 1024);

        String library = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD).get("/instansi/" + polman + "/bukti").body();
        assertThat(library).contains("data-text-status=\"FAILED\"", "teks tidak dapat dibaca", "teks terbaca");
    }

    @Test
    void aFileTriedTooOftenIsMarkedFailedAtStartInsteadOfParsedAgain() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String token = tokenOf(POLMAN_COORDINATOR);
        HttpResponse<String> uploaded = uploadEvidence(polman, token, "dua kali.pdf", EvidenceLifecycleTest.pdfSaying("dua kali " + UUID.randomUUID()));
        long id = json(uploaded).get("id").asLong();
        assertThat(statusWhenDone(polman, token, id, Instant.now().plus(Duration.ofMinutes(1)))).isEqualTo("EXTRACTED");
        // What two starts that died while parsing this file leave behind.
        jdbc.sql("update evidence_file set text_status = 'PENDING', extracted_text = null, text_attempts = 2 where id = ?")
                .param(id).update();

        ((SmartInitializingSingleton) context.getBean(EvidenceLibrary.class)).afterSingletonsInstantiated();

        assertThat(statusWhenDone(polman, token, id, Instant.now().plus(Duration.ofMinutes(1)))).isEqualTo("FAILED");
        assertThat(jdbc.sql("select text_attempts from evidence_file where id = ?").param(id).query(Integer.class).single())
                .isEqualTo(3);
    }

    private String statusWhenDone(long government, String token, long id, Instant deadline) {
        while (true) {
            HttpResponse<String> file = send(request("/api/v1/governments/" + government + "/evidence/" + id)
                    .header("Authorization", "Bearer " + token).GET());
            String status = json(file).get("textStatus").asString();
            if (!status.equals("PENDING") || Instant.now().isAfter(deadline)) {
                return status;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A minimal .docx whose word/document.xml is {@code megabytes} MB of one letter, written through a
     * deflater a chunk at a time (never held whole). With {@code lie}, the central directory declares the
     * document 2 kB instead of its real size.
     */
    static byte[] bomb(int megabytes, boolean lie) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"" + DOCX + ".main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'A');
            for (int i = 0; i < megabytes; i++) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] docx = bytes.toByteArray();
        if (lie) {
            declareSmall(docx, "word/document.xml");
        }
        return docx;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Rewrites the uncompressed size of one entry in the central directory (and its data descriptor) to 2 kB. */
    private static void declareSmall(byte[] zip, String name) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < zip.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && buffer.getShort(at + 28) == wanted.length
                    && Arrays.equals(Arrays.copyOfRange(zip, at + 46, at + 46 + wanted.length), wanted)) {
                int real = buffer.getInt(at + 24);
                buffer.putInt(at + 24, 2048);
                for (int d = 0; d + 16 <= zip.length; d++) {
                    if (buffer.getInt(d) == 0x08074b50 && buffer.getInt(d + 12) == real) {
                        buffer.putInt(d + 12, 2048);
                    }
                }
                return;
            }
        }
        throw new IllegalStateException("No central directory entry " + name);
    }
}
