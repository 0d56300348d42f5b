package id.sinergi.framework;

/** Life of an instrument version. Only a draft may change; a published version is frozen for good. */
public enum InstrumentStatus {
    DRAFT, PUBLISHED, RETIRED
}
