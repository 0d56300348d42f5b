package id.sinergi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every text cell a spreadsheet would run as a formula is written as text; numbers we write stay numbers. */
class CsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "equals       | =HYPERLINK(\"http://x\")  | `\"'=HYPERLINK(\"\"http://x\"\")\"`",
            "plus         | +1+2                      | '+1+2",
            "minus        | -2+3                      | '-2+3",
            "minus number | -1                        | '-1",
            "at           | @SUM(A1)                  | '@SUM(A1)",
            "plain        | Kota Gorontalo            | Kota Gorontalo",
            "inner minus  | Bandung-Barat             | Bandung-Barat"})
    void textThatAFormulaCouldStartIsPrefixed(String name, String value, String written) {
        assertThat(Csv.text(value)).isEqualTo(written);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
        assertThat(Csv.text("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.text("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(Csv.text("Dinas A, B")).isEqualTo("\"Dinas A, B\"");
        assertThat(Csv.text("Dinas A; B")).isEqualTo("\"Dinas A; B\"");
        assertThat(Csv.text("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(Csv.text(null)).isEmpty();
    }

    @Test
    void numbersTheExporterWritesStayNumbers() {
        assertThat(Csv.number(new BigDecimal("-1.50"))).isEqualTo("-1.50");
        assertThat(Csv.number(2022)).isEqualTo("2022");
        assertThat(Csv.line(Csv.text("-x"), Csv.number(new BigDecimal("3.58")))).isEqualTo("'-x,3.58\r\n");
    }
}
