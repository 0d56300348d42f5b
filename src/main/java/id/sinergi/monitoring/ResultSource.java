package id.sinergi.monitoring;

/** Where a result comes from: a finalized assessment in Sinergi, an imported official list, or typed in. */
public enum ResultSource {
    ASSESSMENT, IMPORT, ENTRY
}
