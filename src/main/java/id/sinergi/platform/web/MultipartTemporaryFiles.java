package id.sinergi.platform.web;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat writes every uploaded part to an {@code upload_*.tmp} file first. They go to our own folder
 * ({@code spring.servlet.multipart.location}, made absolute: Tomcat would put a relative one under its
 * own temporary directory), which is emptied at start-up, so a process killed during an upload leaves
 * nothing behind for longer than until the next start.
 */
@Configuration(proxyBeanMethods = false)
class MultipartTemporaryFiles {

    private static final Logger log = LoggerFactory.getLogger(MultipartTemporaryFiles.class);

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties properties) {
        MultipartConfigElement configured = properties.createMultipartConfig();
        if (properties.getLocation() == null || properties.getLocation().isBlank()) {
            return configured;
        }
        Path location = prepare(Path.of(properties.getLocation()));
        return new MultipartConfigElement(location.toString(), configured.getMaxFileSize(),
                configured.getMaxRequestSize(), configured.getFileSizeThreshold());
    }

    /** Creates the folder if needed and deletes every file left in it; returns its absolute path. */
    static Path prepare(Path folder) {
        Path location = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(location);
            try (Stream<Path> leftovers = Files.list(location)) {
                leftovers.filter(Files::isRegularFile).forEach(MultipartTemporaryFiles::delete);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the upload folder " + location, e);
        }
        return location;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete the upload left behind in {}", file, e);
        }
    }
}
