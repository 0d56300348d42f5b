package id.sinergi.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM. Application contexts come and go (tests build several), the
 * server stays until the JVM exits, so a test run pays the start-up once. At exit it waits until
 * every pool using it has closed (Spring's graceful shutdown runs in its own shutdown hook, at the
 * same time), so requests still finishing never lose their database.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static EmbeddedPostgres running;
    private static String runningDirectory;
    private static int pools;
    private static final long STOP_WAIT_MILLIS = 60_000;
    private static final Duration RECOVERY_WAIT = Duration.ofMinutes(5);

    private EmbeddedPostgresServer() {
    }

    static synchronized EmbeddedPostgres start(String dataDirectory) {
        String key = dataDirectory == null ? "" : dataDirectory.trim();
        if (running != null) {
            if (!key.equals(runningDirectory)) {
                log.warn("Embedded PostgreSQL already runs on '{}'; ignoring request for '{}'", runningDirectory, key);
            }
            return running;
        }
        running = open(key);
        runningDirectory = key;
        log.info("Embedded PostgreSQL started on port {} (data: {})", running.getPort(),
                key.isEmpty() ? "temporary" : key);
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
        return running;
    }

    /**
     * Starts a server on the directory (empty: a throw-away one) that the caller closes. A persistent
     * directory gets PostgreSQL's durable settings back: zonky, made for tests, starts the server with
     * {@code -F} (fsync off) and {@code synchronous_commit=off}, so a commit could be acknowledged and
     * then lost when the process dies, and a power loss could corrupt the whole cluster. Later
     * {@code -c} options override {@code -F}. Throw-away test databases keep the fast settings.
     */
    static EmbeddedPostgres open(String dataDirectory) {
        String key = dataDirectory == null ? "" : dataDirectory.trim();
        try {
            // Our own hook stops the server, after the pools have closed; zonky's would stop it at once.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
            if (key.isEmpty()) {
                builder.setCleanDataDirectory(true);
            } else {
                Path directory = Path.of(key).toAbsolutePath().normalize();
                Files.createDirectories(directory);
                StalePostmaster.stopIfOrphaned(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        // After a crash, recovery replays the WAL before the server answers: zonky's 10 s may be too short.
                        .setPGStartupWait(RECOVERY_WAIT);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL. If this machine forbids it "
                    + "(e.g. 'initdb: cannot be run as root' where user namespaces are blocked), set DB_URL, "
                    + "DB_USERNAME and DB_PASSWORD to use an external PostgreSQL 15+.", e);
        }
    }

    /** A connection pool starts using the server. */
    static synchronized void retain() {
        pools++;
    }

    /** A connection pool has closed. */
    static synchronized void release() {
        pools = Math.max(0, pools - 1);
        EmbeddedPostgresServer.class.notifyAll();
    }

    private static synchronized void stop() {
        long deadline = System.currentTimeMillis() + STOP_WAIT_MILLIS;
        while (pools > 0 && System.currentTimeMillis() < deadline) {
            try {
                EmbeddedPostgresServer.class.wait(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            running = null;
        }
    }
}
