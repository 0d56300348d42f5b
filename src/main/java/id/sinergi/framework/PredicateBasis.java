package id.sinergi.framework;

/**
 * Which index decides the predicate. No published case settles whether it is the index rounded
 * to the published decimals or the exact one, so each instrument says so; the default is ROUNDED.
 */
public enum PredicateBasis {
    ROUNDED, EXACT
}
