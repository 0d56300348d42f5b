package id.sinergi.framework;

import id.sinergi.framework.domain.InstrumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The instruments shipped in {@code classpath:instruments/}, read without Spring. */
public final class BundledInstrumentFiles {

    public static final String SPBE_2018 = "permenpanrb-5-2018";
    public static final String SPBE_2020 = "permenpanrb-59-2020";
    public static final String PEMDI_2026 = "permenpanrb-8-2026";

    private BundledInstrumentFiles() {
    }

    public static Instrument instrument(String code) {
        return new InstrumentReader().read(bytes(code));
    }

    /** The same instrument presenting its figures with another rule: "59/2020, but 1 decimal, predicate from the exact index". */
    public static Instrument presentingWith(Instrument instrument, int roundingScale, PredicateBasis basis) {
        return new Instrument(instrument.code(), instrument.name(), instrument.indexName(), instrument.provisional(),
                instrument.status(), instrument.usedForEvaluationYears(), instrument.sources(), instrument.valueScale(),
                roundingScale, basis, instrument.levelScales(), instrument.predicates(), instrument.domains(),
                instrument.aspects());
    }

    public static byte[] bytes(String code) {
        try (InputStream in = BundledInstrumentFiles.class.getResourceAsStream("/instruments/" + code + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No bundled instrument " + code);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
