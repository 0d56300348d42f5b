package id.sinergi.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.monitoring.domain.ResultImportHeader.Column;
import id.sinergi.shared.CsvReader.Line;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The header of an official list is found below its title block, its column titles read tolerantly. */
class ResultImportHeaderTest {

    private static List<Line> lines(String... rows) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            lines.add(new Line(i + 1, Arrays.asList(rows[i].split("\\|", -1))));
        }
        return lines;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '!', value = {
            "code and index          ! Kode|Indeks                              ! {CODE=0, INDEX=1}",
            "name and index          ! No|Nama Instansi|Nilai Indeks SPBE       ! {NAME=1, INDEX=2}",
            "every column            ! KODE WILAYAH|Pemda|Tahun|Instrumen|Indeks|Predikat ! {CODE=0, NAME=1, YEAR=2, INSTRUMENT=3, INDEX=4, PREDICATE=5}",
            "punctuation and case    ! kabupaten/kota|INDEKS PEMERINTAH DIGITAL|kategori ! {NAME=0, INDEX=1, PREDICATE=2}",
            "leftmost of two         ! Nama|Nilai|Indeks                        ! {NAME=0, INDEX=1}"})
    void theColumnsAreReadFromTheirTitles(String name, String header, String columns) {
        ResultImportHeader found = ResultImportHeader.find(lines("Lampiran Keputusan", "", header, "x|1|2")).orElseThrow();

        assertThat(new TreeMap<>(found.columns()).toString()).isEqualTo(columns);
        assertThat(found.data(lines("Lampiran Keputusan", "", header, "x|1|2", "|", "y|3|4")))
                .extracting(Line::number).containsExactly(4, 6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '!', value = {
            "no index column        ! Instansi|Predikat",
            "no government column   ! Tahun|Indeks",
            "unknown titles         ! Daerah X|Nilai Y"})
    void aListWithoutAGovernmentAndAnIndexColumnHasNoHeader(String name, String header) {
        assertThat(ResultImportHeader.find(lines(header, "Kota Gorontalo|3"))).isEmpty();
    }

    @Test
    void theHeaderIsSoughtInTheFirstThirtyLinesOnly() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ResultImportHeader.SEARCH; i++) {
            rows.add("judul " + i);
        }
        rows.add("Instansi|Indeks");

        assertThat(ResultImportHeader.find(lines(rows.toArray(String[]::new)))).isEmpty();
        assertThat(ResultImportHeader.find(lines(rows.subList(1, rows.size()).toArray(String[]::new)))).isPresent();
    }

    @Test
    void aCellIsReadStrippedAndTheTitleAsWritten() {
        ResultImportHeader header = ResultImportHeader.find(lines(" Nama Instansi |Indeks")).orElseThrow();
        Line row = new Line(2, List.of("  Kota Gorontalo ", "2,59"));

        assertThat(header.cell(row, Column.NAME)).isEqualTo("Kota Gorontalo");
        assertThat(header.cell(row, Column.YEAR)).isEmpty();
        assertThat(header.title(Column.NAME)).isEqualTo("Nama Instansi");
        assertThat(header.title(Column.CODE)).isNull();
    }
}
