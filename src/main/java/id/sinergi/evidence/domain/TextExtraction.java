package id.sinergi.evidence.domain;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Extracts the text of stored files (for the search that comes later) on one background thread,
 * so an upload answers as soon as the file is stored. A row waits as {@code PENDING} until its
 * text is written; rows left pending by a restart or a full queue are picked up again at start-up.
 */
@Component
class TextExtraction implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);
    private static final int MAX_TEXT = 200_000;

    private final JdbcClient jdbc;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000), runnable -> {
                Thread thread = new Thread(runnable, "evidence-text");
                thread.setDaemon(true);
                return thread;
            });

    TextExtraction(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Queues every row still waiting for its text. */
    void resume(java.util.function.LongFunction<Path> storage) {
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

    private void extract(long evidenceId, Path file) {
        String text = null;
        try {
            Tika tika = new Tika();
            tika.setMaxStringLength(MAX_TEXT);
            String parsed = tika.parseToString(file);
            text = parsed == null || parsed.isBlank() ? null : parsed.replace("\u0000", "").strip();
        } catch (Exception | LinkageError e) {
            log.info("No text extracted from evidence {}: {}", evidenceId, e.toString());
        }
        try {
            jdbc.sql("update evidence_file set extracted_text = ?, text_status = ? where id = ? and text_status = 'PENDING'")
                    .params(text, text == null ? "NONE" : "DONE", evidenceId).update();
        } catch (RuntimeException e) {
            log.warn("Cannot store the text of evidence {}", evidenceId, e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
