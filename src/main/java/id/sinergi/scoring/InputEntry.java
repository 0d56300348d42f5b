package id.sinergi.scoring;

import java.math.BigDecimal;

/**
 * One indicator value as the client sent it, in the order sent. {@code value} is null when what was
 * sent is not a number (text, boolean, null, object).
 */
public record InputEntry(String code, BigDecimal value) {
}
