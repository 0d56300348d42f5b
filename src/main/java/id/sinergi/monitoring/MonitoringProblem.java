package id.sinergi.monitoring;

import id.sinergi.shared.Problem;

/** A refused result or import; nothing was changed. */
public class MonitoringProblem extends Problem {

    public MonitoringProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
