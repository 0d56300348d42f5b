package id.sinergi.monitoring;

import id.sinergi.organization.GovernmentCategory;
import id.sinergi.organization.Region;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A government's evaluation result in one year, under that year's instrument: the index as
 * published (2 decimals) and its predicate. {@code sample} marks demo figures that are not real;
 * unpublished results (from an assessment, before the national admin publishes the year) are seen
 * only by the government itself and national admins.
 */
public record GovernmentResult(long id, long governmentId, String governmentCode, String governmentName,
        GovernmentCategory category, Region region, String provinceCode, int year, String instrumentCode,
        BigDecimal index, String predicate, ResultSource source, String sourceNote, boolean sample, boolean published,
        Instant recordedAt) {
}
