package id.sinergi.assessment;

/** Where an indicator's answer stands. */
public enum IndicatorStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, APPROVED
}
