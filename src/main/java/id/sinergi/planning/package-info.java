/**
 * Planning: a government's medium-term plan (RPJMD) with its key performance indicators (IKU, e.g.
 * "Indeks SPBE", "Indeks Pemdi") and their yearly targets; realisation read from monitoring results
 * of the same instrument only; targets cascaded to the OPDs that lead instrument indicators; the
 * leadership dashboard. Owns {@code regional_plan}, {@code key_indicator}, {@code key_indicator_target},
 * {@code indicator_target}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "organization", "framework",
        "monitoring", "assessment", "scoring"})
package id.sinergi.planning;
