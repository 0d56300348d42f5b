package id.sinergi.organization;

import java.util.Locale;

/** The island regions used in national rankings. */
public enum Region {
    SUMATERA("Sumatera"), JAWA("Jawa"), BALI_NUSA_TENGGARA("Bali–Nusa Tenggara"), KALIMANTAN("Kalimantan"),
    SULAWESI("Sulawesi"), MALUKU("Maluku"), PAPUA("Papua");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Region fromCsv(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
