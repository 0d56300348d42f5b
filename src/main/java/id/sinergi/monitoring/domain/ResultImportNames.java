package id.sinergi.monitoring.domain;

import id.sinergi.organization.Government;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the registry government a name in an official list means, tolerantly: case, punctuation,
 * accents and spacing do not count; abbreviations are expanded (Kab./Kab/Pemkab = Kabupaten,
 * Prov./Pemprov/Propinsi = Provinsi, Pemkot = Kota, Kep. = Kepulauan, Adm. = Administrasi), and
 * "Pemerintah", "Daerah" in front and "Administrasi" are ignored. A name with its kind (Kabupaten,
 * Kota, Provinsi) must match the whole registry name; a bare name ("Polewali Mandar") matches every
 * government of that name whatever its kind, and is ambiguous when there are several ("Gorontalo":
 * the province, the regency and the city).
 */
final class ResultImportNames {

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("kab", "kabupaten"),
            Map.entry("kabupaten", "kabupaten"), Map.entry("pemkab", "kabupaten"), Map.entry("prov", "provinsi"),
            Map.entry("propinsi", "provinsi"), Map.entry("pemprov", "provinsi"), Map.entry("pemkot", "kota"),
            Map.entry("kep", "kepulauan"), Map.entry("kepl", "kepulauan"));
    private static final Set<String> KINDS = Set.of("kabupaten", "kota", "provinsi");
    private static final Set<String> IGNORED = Set.of("administrasi", "adm");

    /** The outcome for one name: the matches (one = matched, several = ambiguous, none = see suggestions). */
    record Found(List<Government> matches, List<Government> suggestions) {
    }

    private record Entry(Government government, String full, String bare) {
    }

    private final List<Entry> entries;

    ResultImportNames(List<Government> governments) {
        this.entries = governments.stream().filter(Government::active)
                .map(g -> new Entry(g, normalise(g.name()), bare(normalise(g.name())))).toList();
    }

    Found find(String name) {
        String full = normalise(name);
        if (full.isEmpty()) {
            return new Found(List.of(), List.of());
        }
        boolean hasKind = !full.equals(bare(full));
        List<Government> matches = entries.stream().filter(e -> hasKind ? e.full().equals(full) : e.bare().equals(full))
                .map(Entry::government).sorted(Comparator.comparing(Government::code)).toList();
        if (!matches.isEmpty()) {
            return new Found(matches, List.of());
        }
        return new Found(List.of(), nearest(full, 3));
    }

    /** The governments whose names are nearest (edit distance of the names, with or without their kind). */
    private List<Government> nearest(String full, int count) {
        String bare = bare(full);
        record Scored(Government government, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Entry e : entries) {
            int distance = Math.min(levenshtein(full, e.full()), levenshtein(bare, e.bare()));
            scored.add(new Scored(e.government(), distance));
        }
        int limit = Math.max(2, bare.length() / 3);
        return scored.stream().filter(s -> s.distance() <= limit)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(s -> s.government().name()))
                .limit(count).map(Scored::government).toList();
    }

    static String normalise(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        List<String> tokens = new ArrayList<>();
        for (String token : plain.split(" ")) {
            if (token.isEmpty() || IGNORED.contains(token)) {
                continue;
            }
            if (tokens.isEmpty() && (token.equals("pemerintah") || token.equals("pemda") || token.equals("daerah"))) {
                continue;
            }
            tokens.add(ABBREVIATIONS.getOrDefault(token, token));
        }
        return String.join(" ", tokens);
    }

    private static String bare(String normalised) {
        int space = normalised.indexOf(' ');
        return space > 0 && KINDS.contains(normalised.substring(0, space)) ? normalised.substring(space + 1) : normalised;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
