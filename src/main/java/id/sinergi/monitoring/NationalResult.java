package id.sinergi.monitoring;

import java.math.BigDecimal;

/** The national figures of one year as published; {@code index} and {@code evaluated} may be unknown (null). */
public record NationalResult(int year, String instrumentCode, BigDecimal index, Integer evaluated, String note,
        String sourceNote) {
}
