package id.sinergi.identity;

public enum AccountStatus {
    /** Created, waiting for the person to set a password through the invitation link. */
    INVITED,
    ACTIVE,
    DISABLED
}
