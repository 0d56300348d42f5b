package id.sinergi.planning;

import id.sinergi.shared.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * RPJMD plans, their IKUs and targets. Reading needs the government's coordinator or leader (or a
 * national admin); changing needs the coordinator (or a national admin). Every change is audited.
 */
public interface Plans {

    /** The government's plans, newest first, with realisation and achievement per year. */
    List<RegionalPlan> plans(Actor actor, long governmentId);

    RegionalPlan create(Actor actor, long governmentId, NewPlan plan);

    RegionalPlan addIndicator(Actor actor, long governmentId, long planId, NewIndicator indicator);

    /** Sets (or, with null, removes) an IKU's target of a year: on the instrument's scale, 2 decimals, within the IKU's years. */
    RegionalPlan setTarget(Actor actor, long governmentId, long planId, long keyIndicatorId, int year, BigDecimal target);

    /**
     * Cascades target levels (indicator code to level; null removes) of an IKU's year to the OPDs that
     * lead the indicators in the government's assessment of that year on the IKU's instrument. All or nothing.
     */
    List<CascadedTarget> cascade(Actor actor, long governmentId, long planId, long keyIndicatorId, int year,
            Map<String, BigDecimal> levels);

    /** Cascaded targets visible to the actor: all of the government for its coordinator and leader, an operator's own OPDs' otherwise. */
    List<CascadedTarget> agencyTargets(Actor actor, long governmentId);

    record NewPlan(String name, Integer startYear, Integer endYear, String documentReference, Boolean sample,
            List<NewIndicator> indicators) {
    }

    /** An IKU; {@code targets} maps year to target (may be empty). */
    record NewIndicator(String name, String instrumentCode, Integer fromYear, Integer toYear, BigDecimal baseline,
            Map<Integer, BigDecimal> targets) {
    }
}
