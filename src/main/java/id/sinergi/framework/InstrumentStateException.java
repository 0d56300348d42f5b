package id.sinergi.framework;

/** A transition the instrument life cycle does not allow (e.g. publishing a retired version). */
public class InstrumentStateException extends RuntimeException {

    private final String code;
    private final int version;
    private final InstrumentStatus status;

    public InstrumentStateException(String code, int version, InstrumentStatus status) {
        super("Instrument " + code + " version " + version + " is " + status);
        this.code = code;
        this.version = version;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public InstrumentStatus status() {
        return status;
    }
}
