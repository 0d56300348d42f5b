package id.sinergi.organization;

import java.util.Locale;

public enum GovernmentCategory {
    PROVINSI("Provinsi"), KABUPATEN("Kabupaten"), KOTA("Kota"), INSTANSI_PUSAT("Instansi pusat");

    private final String label;

    GovernmentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static GovernmentCategory fromCsv(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
