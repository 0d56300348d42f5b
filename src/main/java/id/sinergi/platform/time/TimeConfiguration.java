package id.sinergi.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The application's clock: business dates (stage windows, deadlines, reminders) are days in
 * Asia/Jakarta (WIB), the national calendar of the evaluation, whichever zone a server runs in.
 * Services take this {@link Clock} instead of calling {@code now()}, so tests can move it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** WIB; the evaluation schedule of KemenPANRB is published in it. */
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }

    /**
     * Scheduled work (the daily deadline reminders). On by default; tests switch it off
     * ({@code sinergi.scheduling.enabled=false}) and call the jobs themselves. Every node of a
     * cluster runs the jobs: they are idempotent through unique keys in the database.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "sinergi.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Scheduling {
    }
}
