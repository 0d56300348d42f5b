package id.sinergi.framework.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At start-up, publishes each instrument shipped in {@code classpath:instruments/} whose code the
 * database does not know yet. Later corrections arrive as new versions through the admin API;
 * a bundled file never overwrites what an admin published.
 */
@Component
class BundledInstruments implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BundledInstruments.class);

    private final InstrumentService instruments;

    BundledInstruments(InstrumentService instruments) {
        this.instruments = instruments;
    }

    /** Runs before the web server starts, so no request ever sees an empty registry. */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            seed();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled instruments", e);
        }
    }

    private void seed() throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:instruments/*.json")) {
            try (InputStream in = resource.getInputStream()) {
                if (instruments.seedIfAbsent(in.readAllBytes())) {
                    log.info("Published bundled instrument {}", resource.getFilename());
                }
            }
        }
    }
}
