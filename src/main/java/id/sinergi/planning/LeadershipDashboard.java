package id.sinergi.planning;

import id.sinergi.shared.Actor;

/** The leader's and coordinator's view of a government (national admins too). */
public interface LeadershipDashboard {

    Dashboard of(Actor actor, long governmentId);
}
