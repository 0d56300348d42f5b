package id.sinergi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the real time until a test sets a day, then that day (at nine
 * in the morning, Jakarta time) standing still. {@link WebTest} puts it back after every test, so a
 * test that moves it never leaks its day into the next one.
 */
public final class TestClock extends Clock {

    /** The application's zone for business dates (see {@code platform.time.TimeConfiguration}). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private final ZoneId zone;
    private volatile Instant fixed;

    private TestClock(ZoneId zone, Instant fixed) {
        this.zone = zone;
        this.fixed = fixed;
    }

    public void setToday(LocalDate day) {
        fixed = day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone that follows this clock when it is moved. */
    @Override
    public Clock withZone(ZoneId other) {
        TestClock owner = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId again) {
                return owner.withZone(again);
            }

            @Override
            public Instant instant() {
                return owner.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant day = fixed;
        return day == null ? Instant.now() : day;
    }

    /** Replaces the application's clock in the test contexts that import it. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(ZONE, null);
        }
    }
}
