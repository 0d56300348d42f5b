package id.sinergi.monitoring.domain;

import id.sinergi.shared.CsvReader.Line;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header line of an official list and what each of its columns holds. Official lists carry a
 * title block above the table, so the header is the first of the first {@value #SEARCH} lines that
 * names a government column (code or name) and an index column; column titles are read tolerantly
 * (case, spaces and punctuation do not count: "Nilai Indeks SPBE" is {@code nilaiindeksspbe}). When
 * two columns share a meaning, the leftmost one counts.
 */
final class ResultImportHeader {

    /** What a column of the list holds. */
    enum Column {
        CODE(Set.of("kode", "code", "kodewilayah", "kodeinstansi", "kodepemda", "kodedaerah", "kodekemendagri",
                "governmentcode")),
        NAME(Set.of("instansi", "nama", "namainstansi", "name", "government", "instansipemerintah", "pemerintahdaerah",
                "pemda", "namapemda", "namadaerah", "namapemerintahdaerah", "kabupatenkota", "daerah", "governmentname")),
        YEAR(Set.of("tahun", "year", "tahunevaluasi", "tahunpenilaian")),
        INSTRUMENT(Set.of("instrumen", "instrument", "instrumenevaluasi", "peraturan", "dasarevaluasi", "regulasi")),
        INDEX(Set.of("indeks", "index", "indeksspbe", "indekspemdi", "indekspemerintahdigital", "nilai", "nilaiindeks",
                "nilaiindeksspbe")),
        PREDICATE(Set.of("predikat", "predicate", "kategori"));

        private final Set<String> names;

        Column(Set<String> names) {
            this.names = names;
        }

        static Optional<Column> of(String title) {
            String key = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            for (Column column : values()) {
                if (column.names.contains(key)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    static final int SEARCH = 30;

    private final int position;
    private final Map<Column, Integer> columns;
    private final Map<Column, String> titles;

    private ResultImportHeader(int position, Map<Column, Integer> columns, Map<Column, String> titles) {
        this.position = position;
        this.columns = columns;
        this.titles = titles;
    }

    /** The header among the first lines, or empty when none names a government and an index column. */
    static Optional<ResultImportHeader> find(List<Line> lines) {
        for (int i = 0; i < lines.size() && i < SEARCH; i++) {
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            Map<Column, String> titles = new EnumMap<>(Column.class);
            List<String> cells = lines.get(i).cells();
            for (int c = 0; c < cells.size(); c++) {
                int at = c;
                Column.of(cells.get(c)).ifPresent(column -> {
                    if (found.putIfAbsent(column, at) == null) {
                        titles.put(column, cells.get(at).strip());
                    }
                });
            }
            if ((found.containsKey(Column.CODE) || found.containsKey(Column.NAME)) && found.containsKey(Column.INDEX)) {
                return Optional.of(new ResultImportHeader(i, found, titles));
            }
        }
        return Optional.empty();
    }

    /** The lines below the header that hold anything. */
    List<Line> data(List<Line> lines) {
        return lines.subList(position + 1, lines.size()).stream().filter(l -> !l.blank()).toList();
    }

    boolean has(Column column) {
        return columns.containsKey(column);
    }

    /** A line's cell in the column, stripped; empty when the list has no such column. */
    String cell(Line line, Column column) {
        return has(column) ? line.cell(columns.get(column)) : "";
    }

    /** The column's title as the file writes it, for the row report; null when the list has no such column. */
    String title(Column column) {
        return titles.get(column);
    }

    /** The 0-based column of each meaning found. */
    Map<Column, Integer> columns() {
        return Map.copyOf(columns);
    }
}
