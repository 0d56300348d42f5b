package id.sinergi.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the JVM was killed (kill -9, out of memory, power cut of a container) its embedded
 * PostgreSQL keeps running, orphaned, and holds {@code postmaster.pid}: the next start would fail
 * with "lock file postmaster.pid already exists". Before starting, the orphan of our data directory
 * is stopped, or a pid file whose process is gone (or whose pid now belongs to another program) is
 * removed. Only while we hold zonky's {@code epg-lock}: a live JVM using the directory holds it, so a
 * running Sinergi's database is never touched.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    static final String PID_FILE = "postmaster.pid";
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration SMART_STOP = Duration.ofSeconds(30);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);

    private StalePostmaster() {
    }

    static void stopIfOrphaned(Path directory) throws IOException {
        Path pidFile = directory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another process runs the embedded PostgreSQL of " + directory);
            }
            Optional<Long> pid = pid(pidFile);
            Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (process.isPresent() && isPostmasterOf(process.get(), directory)) {
                log.warn("An orphaned PostgreSQL (pid {}) still runs on {}, left by a process that did not stop; "
                        + "stopping it", pid.get(), directory);
                stop(process.get());
            } else {
                log.warn("Removing the stale {} of {} (pid {} is not a PostgreSQL of this directory)", PID_FILE,
                        directory, pid.map(String::valueOf).orElse("unreadable"));
            }
            Files.deleteIfExists(pidFile);
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The embedded PostgreSQL of " + directory + " already runs in this JVM", e);
        }
    }

    /** The first line of postmaster.pid is the postmaster's process id. */
    private static Optional<Long> pid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the process is a postgres started with {@code -D <directory>}: a pid file outlives its
     * process, and the pid may since have been given to any other program, which must not be stopped.
     */
    static boolean isPostmasterOf(ProcessHandle process, Path directory) {
        List<String> arguments = commandLine(process);
        if (arguments.isEmpty() || !Path.of(arguments.get(0)).getFileName().toString().equals("postgres")) {
            return false;
        }
        int d = arguments.indexOf("-D");
        return d >= 0 && d + 1 < arguments.size() && samePath(Path.of(arguments.get(d + 1)), directory);
    }

    private static List<String> commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(proc)) {
                String raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
                return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
            }
        } catch (IOException e) {
            return List.of();
        }
        ProcessHandle.Info info = process.info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return List.of();
        }
        List<String> arguments = new java.util.ArrayList<>();
        arguments.add(info.command().get());
        arguments.addAll(Arrays.asList(info.arguments().get()));
        return arguments;
    }

    private static boolean samePath(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * SIGTERM is PostgreSQL's smart shutdown: its clients died with our JVM, so it checkpoints and
     * exits. If it does not, the postmaster and its children are killed; crash recovery at the next
     * start replays the WAL.
     */
    private static void stop(ProcessHandle postmaster) {
        List<ProcessHandle> children = postmaster.descendants().toList();
        postmaster.destroy();
        if (awaitExit(postmaster, SMART_STOP)) {
            return;
        }
        log.warn("PostgreSQL (pid {}) did not stop within {} s; killing it", postmaster.pid(), SMART_STOP.toSeconds());
        postmaster.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        if (!awaitExit(postmaster, FORCED_STOP) || children.stream().anyMatch(c -> !awaitExit(c, FORCED_STOP))) {
            throw new IllegalStateException("Cannot stop the orphaned PostgreSQL (pid " + postmaster.pid() + ")");
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }
}
