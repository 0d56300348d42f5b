package id.sinergi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.shared.CsvReader.Line;
import id.sinergi.shared.CsvReader.Limits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reader of uploaded CSV: what it reads, and each refusal with its line and arguments. */
class CsvReaderTest {

    private static final Limits ROOMY = new Limits(100, 10, 50);

    private static byte[] utf8(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r").getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "commas               | a,b\\nc,d                 | 1:[a, b] 2:[c, d]",
            "decimal commas       | a;b,5;c\\nd;e,6;f         | 1:[a, b,5, c] 2:[d, e,6, f]",
            "semicolons win a tie | a;b,c                     | 1:[a, b,c]",
            "commas win           | a;b,c,d                   | 1:[a;b, c, d]",
            "quoted separator     | `\"a,b\",c`               | 1:[a,b, c]",
            "doubled quote        | `\"say \"\"hi\"\"\",x`    | 1:[say \"hi\", x]",
            "line break in quotes | `\"a\\nb\",c\\nd,e`        | `1:[a\\nb, c] 3:[d, e]`",
            "CRLF and CR          | a\\r\\nb\\rc              | 1:[a] 2:[b] 3:[c]",
            "blank line kept      | a\\n\\nb\\n               | 1:[a] 2:[] 3:[b]",
            "BOM dropped          | \uFEFFkode,nama           | 1:[kode, nama]"})
    void recordsAreReadWithTheLineWhereTheyStart(String name, String text, String expected) throws Exception {
        assertThat(shown(CsvReader.records(utf8(text), ROOMY))).isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void linesAreReadWholeCommasAndQuotesIncluded() throws Exception {
        assertThat(shown(CsvReader.lines(utf8("\uFEFFnama\r\nDinas A, B\n\n\"Dinas C\"\n"), ROOMY)))
                .isEqualTo("1:[nama] 2:[Dinas A, B] 3:[] 4:[\"Dinas C\"]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "NUL                      | a\\nb\u0000b          | csv.control     | 2 | [2, U+0000]",
            "ESC in a quoted field    | `x\\n\"a\\nb\u001Bc\"`  | csv.control     | 2 | [2, U+001B]",
            "DEL                      | \u007F                  | csv.control     | 1 | [1, U+007F]",
            "C1 next line             | a\\nb\\nc\u0085c        | csv.control     | 3 | [3, U+0085]",
            "too many lines           | a\\nb\\nc\\nd           | csv.lines       | 0 | [3]",
            "too many columns         | a\\nb,c,d,e             | csv.columns     | 2 | [2, 3]",
            "field too long           | a\\nbcdef               | csv.fieldLength | 2 | [2, 4]",
            "quoted field too long    | `a\\n\"bc\"\"def\"`     | csv.fieldLength | 2 | [2, 4]"})
    void aFileBeyondItsLimitsOrWithAControlCharacterIsRefusedNamingTheLine(String name, String text, String key,
            int line, String arguments) {
        assertThatThrownBy(() -> CsvReader.records(utf8(text), new Limits(3, 3, 4)))
                .isInstanceOfSatisfying(CsvReader.Refused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(key);
                    assertThat(refused.line()).isEqualTo(line);
                    assertThat(refused.arguments().toString()).isEqualTo(arguments);
                });
    }

    @Test
    void tabIsText() throws Exception {
        assertThat(CsvReader.records(utf8("a\tb,c"), ROOMY).get(0).cells()).containsExactly("a\tb", "c");
        assertThat(CsvReader.lines(utf8("a\tb"), ROOMY).get(0).cells()).containsExactly("a\tb");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheirLine() {
        byte[] latin1 = "nama\nDinas Sosial\nDinas Pariwisata \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        for (byte[] content : List.of(latin1)) {
            assertThatThrownBy(() -> CsvReader.lines(content, ROOMY))
                    .isInstanceOfSatisfying(CsvReader.Refused.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo(CsvReader.ENCODING);
                        assertThat(refused.line()).isEqualTo(3);
                        assertThat(refused.arguments()).containsExactly(3);
                    });
        }
    }

    @Test
    void theBoundsAreInclusive() throws Exception {
        assertThat(CsvReader.records(utf8("abcd,e,f\ng\nh\n"), new Limits(3, 3, 4))).hasSize(3);
    }

    private static String shown(List<Line> lines) {
        StringBuilder shown = new StringBuilder();
        for (Line line : lines) {
            shown.append(shown.length() == 0 ? "" : " ").append(line.number()).append(':').append(line.cells());
        }
        return shown.toString();
    }
}
