package id.sinergi.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM. Application contexts come and go (tests build several), the
 * server stays until the JVM exits, so a test run pays the start-up once.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static EmbeddedPostgres running;
    private static String runningDirectory;

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
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (key.isEmpty()) {
                builder.setCleanDataDirectory(true);
            } else {
                Path directory = Path.of(key).toAbsolutePath().normalize();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            running = builder.start();
            runningDirectory = key;
            log.info("Embedded PostgreSQL started on port {} (data: {})", running.getPort(),
                    key.isEmpty() ? "temporary" : key);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL. If this machine forbids it "
                    + "(e.g. 'initdb: cannot be run as root' where user namespaces are blocked), set DB_URL, "
                    + "DB_USERNAME and DB_PASSWORD to use an external PostgreSQL 15+.", e);
        }
    }

    private static synchronized void stop() {
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
