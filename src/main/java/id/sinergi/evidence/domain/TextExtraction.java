package id.sinergi.evidence.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts the text of stored files (for the search that comes later) in the background, so an upload
 * answers as soon as the file is stored. A document is the uploader's, not ours: a small file may inflate
 * to gigabytes or parse for ever. So every file is read within limits (what a zip container's entries
 * really inflate to, how much text is kept, how long it may take) on a bounded pool, and ends
 * {@code EXTRACTED}, {@code FAILED} or {@code SKIPPED}; a file still running at its deadline is marked
 * {@code FAILED} and its thread is replaced, so one file never holds up the others. Each parse is counted
 * first: a file that brought the process down is tried at most {@value #MAX_ATTEMPTS} times in all.
 */
@Component
class TextExtraction implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

    /** Characters of text kept per file; the parse stops there. */
    static final int MAX_TEXT = 200_000;
    static final int MAX_ATTEMPTS = 2;
    /** Zip containers (Office Open XML, OpenDocument): what one entry may inflate to. */
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    /** ... all entries together. */
    static final long MAX_TOTAL_BYTES = 500L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    /** Inflated / compressed size of an entry at most this, once it is past {@link #GRACE_BYTES}. */
    static final int MAX_INFLATE_RATIO = 100;
    static final long GRACE_BYTES = 100L * 1024;

    private static final Set<String> ZIP_CONTAINERS = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    private final JdbcClient jdbc;
    private final Duration timeout;
    private final int threads;
    private final AutoDetectParser parser;
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            daemon("evidence-text-deadline"));
    /** Threads still busy with a file past its deadline; each is replaced by a fresh one (at most {@code threads}). */
    private int overrunning;

    TextExtraction(JdbcClient jdbc, EvidenceProperties properties) {
        this.jdbc = jdbc;
        this.timeout = properties.extraction().timeout();
        this.threads = Math.max(1, properties.extraction().threads());
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000),
                daemon("evidence-text"));
        this.parser = new AutoDetectParser();
    }

    /** Queues the file once the current transaction has committed (at once when there is none). */
    void afterCommit(long evidenceId, Path file) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queue(evidenceId, file);
                }
            });
        } else {
            queue(evidenceId, file);
        }
    }

    /** Queues every row still waiting for its text (those tried too often end FAILED instead). */
    void resume(LongFunction<Path> storage) {
        List<Long> pending = jdbc.sql("select id from evidence_file where text_status = 'PENDING' order by id")
                .query(Long.class).list();
        pending.forEach(id -> queue(id, storage.apply(id)));
        if (!pending.isEmpty()) {
            log.info("Extracting the text of {} evidence files left pending", pending.size());
        }
    }

    /** Waits until everything queued so far has been extracted; for tests and orderly shutdown. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (executor.getActiveCount() > 0 || !executor.getQueue().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private void queue(long evidenceId, Path file) {
        try {
            executor.execute(() -> extract(evidenceId, file));
        } catch (RejectedExecutionException e) {
            log.warn("Text extraction queue full; evidence {} stays pending until the next start", evidenceId);
        }
    }

    private record Claim(String contentType, int attempts) {
    }

    private record Outcome(String status, String text) {
        static final Outcome FAILED = new Outcome("FAILED", null);
        static final Outcome SKIPPED = new Outcome("SKIPPED", null);
    }

    private void extract(long evidenceId, Path file) {
        Optional<Claim> claim = jdbc.sql("update evidence_file set text_attempts = text_attempts + 1 "
                        + "where id = ? and text_status = 'PENDING' returning content_type, text_attempts")
                .param(evidenceId).query((rs, row) -> new Claim(rs.getString(1), rs.getInt(2))).optional();
        if (claim.isEmpty()) {
            return;
        }
        if (claim.get().attempts() > MAX_ATTEMPTS) {
            log.warn("Evidence {}: text extraction tried {} times without finishing; marked failed", evidenceId,
                    MAX_ATTEMPTS);
            finish(evidenceId, Outcome.FAILED);
            return;
        }
        String type = claim.get().contentType();
        if (type.startsWith("image/") || type.startsWith("video/")) {
            finish(evidenceId, Outcome.SKIPPED);
            return;
        }
        Deadline deadline = new Deadline(Thread.currentThread());
        ScheduledFuture<?> alarm = watchdog.schedule(() -> overran(evidenceId, deadline), timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        Outcome outcome;
        try {
            outcome = read(evidenceId, file, type, deadline);
        } finally {
            alarm.cancel(false);
        }
        if (deadline.finish()) {
            finish(evidenceId, outcome);
        } else {
            Thread.interrupted();
            resize(-1);
        }
    }

    /** The watchdog at a file's deadline: the file is failed now and its thread replaced until it gives up. */
    private void overran(long evidenceId, Deadline deadline) {
        if (deadline.expire()) {
            log.warn("Evidence {}: text extraction took longer than {}; marked failed", evidenceId, timeout);
            finish(evidenceId, Outcome.FAILED);
            resize(1);
        }
    }

    private synchronized void resize(int change) {
        overrunning += change;
        int size = threads + Math.min(Math.max(overrunning, 0), threads);
        if (size > executor.getMaximumPoolSize()) {
            executor.setMaximumPoolSize(size);
            executor.setCorePoolSize(size);
        } else {
            executor.setCorePoolSize(size);
            executor.setMaximumPoolSize(size);
        }
    }

    private Outcome read(long evidenceId, Path file, String type, Deadline deadline) {
        if (ZIP_CONTAINERS.contains(type)) {
            Optional<String> problem = overLimits(file, deadline);
            if (problem.isPresent()) {
                log.warn("Evidence {}: not parsed, {}", evidenceId, problem.get());
                return Outcome.FAILED;
            }
        }
        StringWriter text = new StringWriter();
        ContentHandler handler = new Watched(new BodyContentHandler(new WriteOutContentHandler(text, MAX_TEXT)), deadline);
        ParseContext context = new ParseContext();
        // Embedded documents (a workbook inside a document ...) are not opened: one level is read, within limits.
        context.set(Parser.class, EmptyParser.INSTANCE);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        office.setExtractMacros(false);
        context.set(OfficeParserConfig.class, office);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, new Metadata(), context);
        } catch (Exception | LinkageError | StackOverflowError e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                log.info("Evidence {}: no text extracted: {}", evidenceId, e.toString());
                return Outcome.FAILED;
            }
        } catch (OutOfMemoryError e) {
            // The parser's own allocation, released as the stack unwinds; the file, not the process, fails.
            log.warn("Evidence {}: no text extracted, out of memory", evidenceId);
            return Outcome.FAILED;
        }
        String extracted = text.toString().replace("\u0000", "").strip();
        return extracted.isEmpty() ? Outcome.SKIPPED : new Outcome("EXTRACTED", extracted);
    }

    /**
     * Inflates every entry of a zip container once, counting and keeping nothing, and stops at the first
     * limit. Neither the sizes a central directory declares (they may lie) nor POI's zip-bomb check (Tika's
     * OOXMLParser switches its ratio check off, JVM-wide) can be relied on, and Tika's text handlers buffer
     * a whole run of text before any limit of ours sees it: what the parser will inflate is measured first.
     */
    static Optional<String> overLimits(Path file, Deadline deadline) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                return Optional.of(zip.size() + " entries (at most " + MAX_ENTRIES + ")");
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                // The JDK reads at most the declared compressed size of raw bytes: the ratio is measured against it.
                long packed = Math.max(entry.getCompressedSize(), 1);
                long inflated = 0;
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) != -1) {
                        inflated += read;
                        total += read;
                        if (inflated > MAX_ENTRY_BYTES) {
                            return Optional.of(entry.getName() + " inflates to more than " + MAX_ENTRY_BYTES + " bytes");
                        }
                        if (inflated > GRACE_BYTES && inflated > packed * MAX_INFLATE_RATIO) {
                            return Optional.of(entry.getName() + " inflates more than " + MAX_INFLATE_RATIO + " times");
                        }
                        if (total > MAX_TOTAL_BYTES) {
                            return Optional.of("entries inflate to more than " + MAX_TOTAL_BYTES + " bytes");
                        }
                        if (deadline.expired()) {
                            return Optional.of("out of time");
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("not a readable zip container: " + e.getMessage());
        }
    }

    private void finish(long evidenceId, Outcome outcome) {
        try {
            jdbc.sql("update evidence_file set extracted_text = ?, text_status = ? where id = ? and text_status = 'PENDING'")
                    .params(outcome.text(), outcome.status(), evidenceId).update();
        } catch (RuntimeException e) {
            log.warn("Cannot store the text of evidence {}", evidenceId, e);
        }
    }

    /** One file's time limit: whichever comes first, the parse finishing or the watchdog expiring it, wins. */
    private static final class Deadline {
        private static final int RUNNING = 0;
        private static final int FINISHED = 1;
        private static final int EXPIRED = 2;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private final Thread worker;

        Deadline(Thread worker) {
            this.worker = worker;
        }

        boolean finish() {
            return state.compareAndSet(RUNNING, FINISHED);
        }

        boolean expire() {
            if (state.compareAndSet(RUNNING, EXPIRED)) {
                worker.interrupt();
                return true;
            }
            return false;
        }

        boolean expired() {
            return state.get() == EXPIRED;
        }

        void check() throws SAXException {
            if (expired()) {
                throw new SAXException("text extraction out of time");
            }
        }
    }

    /** Stops the parse at the next piece of content once the file's time is up. */
    private static final class Watched extends ContentHandlerDecorator {
        private final Deadline deadline;

        Watched(ContentHandler handler, Deadline deadline) {
            super(handler);
            this.deadline = deadline;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            deadline.check();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            deadline.check();
            super.endElement(uri, localName, name);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            deadline.check();
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            deadline.check();
            super.ignorableWhitespace(ch, start, length);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        watchdog.shutdownNow();
        executor.shutdownNow();
    }
}
