package id.sinergi.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL on a persistent data directory, killed the hard way: the JVM runs in a
 * child process (the test classpath, {@link EmbeddedPostgresChild}), and the test sends SIGKILL.
 */
class EmbeddedPostgresCrashTest {

    private static final long ACKNOWLEDGED_BEFORE_KILL = 300;

    @TempDir
    Path data;

    private final List<Process> children = new ArrayList<>();
    private final List<EmbeddedPostgres> servers = new ArrayList<>();

    @AfterEach
    void cleanUp() throws IOException {
        children.forEach(Process::destroyForcibly);
        for (EmbeddedPostgres server : servers) {
            server.close();
        }
        postmaster().ifPresent(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }

    @Test
    void aPersistentDataDirectoryRunsWithDurableSettings() throws SQLException {
        assertThat(settings(open(data.toString()))).containsEntry("fsync", "on")
                .containsEntry("synchronous_commit", "on").containsEntry("full_page_writes", "on");
    }

    @Test
    void throwAwayTestDatabasesKeepTheFastSettings() throws SQLException {
        assertThat(settings(open(""))).containsEntry("fsync", "off").containsEntry("synchronous_commit", "off");
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillingTheJvmAndPostgres() throws Exception {
        Child child = startChild();
        child.awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL);
        ProcessHandle postmaster = postmaster().orElseThrow();
        List<ProcessHandle> postgres = new ArrayList<>(postmaster.descendants().toList());
        postgres.add(postmaster);

        // Every PostgreSQL process at once (WAL still in shared buffers dies with them), then the JVM.
        postgres.forEach(ProcessHandle::destroyForcibly);
        child.process.destroyForcibly();
        // SIGKILL is delivered asynchronously: the dead JVM's file lock is released only once it has exited.
        assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long acknowledged = child.lastAcknowledged();
        for (ProcessHandle process : postgres) {
            process.onExit().get(10, TimeUnit.SECONDS);
        }

        assertThat(acknowledged).isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(countUpTo(open(data.toString()), acknowledged)).as("acknowledged rows after the crash")
                .isEqualTo(acknowledged);
    }

    @Test
    void anOrphanedPostgresIsStoppedAndTheDataDirectoryStartsAgain() throws Exception {
        Child child = startChild();
        child.awaitAcknowledged(50);
        ProcessHandle orphan = postmaster().orElseThrow();

        child.process.destroyForcibly();
        assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long acknowledged = child.lastAcknowledged();
        assertThat(orphan.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();

        EmbeddedPostgres restarted = open(data.toString());

        assertThat(orphan.isAlive()).isFalse();
        assertThat(countUpTo(restarted, acknowledged)).isEqualTo(acknowledged);
        // And once more in a new child JVM, as the application itself would start after the crash.
        restarted.close();
        servers.remove(restarted);
        Child again = startChild();
        assertThat(again.awaitAcknowledged(acknowledged + 1)).isGreaterThan(acknowledged);
    }

    @Test
    void aPidFileNamingAnotherLiveProgramNeverStopsThatProgram() throws Exception {
        open(data.toString()).close();
        servers.clear();
        ProcessHandle bystander = ProcessHandle.current();
        Files.writeString(data.resolve(StalePostmaster.PID_FILE), bystander.pid() + "\n" + data + "\n0\n5432\n");

        EmbeddedPostgres restarted = open(data.toString());

        assertThat(bystander.isAlive()).isTrue();
        assertThat(settings(restarted)).containsEntry("fsync", "on");
    }

    private EmbeddedPostgres open(String directory) {
        EmbeddedPostgres server = EmbeddedPostgresServer.open(directory);
        servers.add(server);
        return server;
    }

    private java.util.Optional<ProcessHandle> postmaster() {
        Path pidFile = data.resolve(StalePostmaster.PID_FILE);
        try {
            if (!Files.exists(pidFile)) {
                return java.util.Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(p -> StalePostmaster.isPostmasterOf(p, data));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static Map<String, String> settings(EmbeddedPostgres server) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select name, setting from pg_settings "
                        + "where name in ('fsync', 'synchronous_commit', 'full_page_writes')")) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
        }
        return settings;
    }

    private static long countUpTo(EmbeddedPostgres server, long last) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from acknowledged where n <= " + last)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Child startChild() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), data.toString()).redirectErrorStream(true).start();
        children.add(process);
        return new Child(process);
    }

    /** A child JVM and what it printed: the last acknowledged row, read until its output ends. */
    private static final class Child {

        final Process process;
        private final AtomicLong acknowledged = new AtomicLong();
        private final CountDownLatch ended = new CountDownLatch(1);
        private final StringBuilder log = new StringBuilder();

        Child(Process process) {
            this.process = process;
            Thread reader = new Thread(this::read, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.set(Long.parseLong(line.substring(4).trim()));
                    } else {
                        synchronized (log) {
                            log.append(line).append('\n');
                        }
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // the child was killed mid-line: what it printed before counts
            } finally {
                ended.countDown();
            }
        }

        long awaitAcknowledged(long count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (acknowledged.get() < count) {
                if (System.nanoTime() > deadline || ended.getCount() == 0) {
                    synchronized (log) {
                        throw new AssertionError("child acknowledged " + acknowledged.get() + " rows:\n" + log);
                    }
                }
                Thread.sleep(20);
            }
            return acknowledged.get();
        }

        /** Every row the child acknowledged before it died. */
        long lastAcknowledged() throws InterruptedException {
            assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
            return acknowledged.get();
        }
    }
}
