package id.sinergi.framework;

public class InstrumentNotFoundException extends RuntimeException {

    private final String code;

    public InstrumentNotFoundException(String code) {
        super("No instrument " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
