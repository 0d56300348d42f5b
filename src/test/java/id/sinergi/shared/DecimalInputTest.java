package id.sinergi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalInputTest {

    @ParameterizedTest
    @CsvSource({"3, 3", "' 3.25 ', 3.25", "'3,25', 3.25", "1.875, 1.875", "0, 0", "-1, -1", "+4, 4", ".5, 0.5",
            "5., 5", "3e0, 3", "2.5E1, 25", "1e-2, 0.01", "100, 100", "3.33333333333333, 3.33333333333333",
            "1.000000000000000000000, 1"})
    void plainNumbersAreRead(String text, String expected) {
        assertThat(DecimalInput.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "3e999999999", "1e-999999999", "3e999", "1e-99", "NaN", "Infinity", "-Infinity",
            "0x10", "1,000.5", "1.2.3", "3 4", "tiga", "1e", "--1", "1234567890", "0.0000000000000001", "1_000"})
    void anythingElseIsRefused(String text) {
        assertThat(DecimalInput.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aHugeNumberIsRefusedWithoutBeingBuilt() {
        assertThat(DecimalInput.parse("3".repeat(5000))).isEmpty();
        assertThat(DecimalInput.check(new BigDecimal("3e999999999"))).isEmpty();
        assertThat(DecimalInput.check(new BigDecimal("1e-999999999"))).isEmpty();
        assertThat(DecimalInput.check(new BigDecimal("4.50"))).hasValue(new BigDecimal("4.50"));
        assertThat(DecimalInput.shown("3".repeat(5000))).hasSize(21);
    }
}
