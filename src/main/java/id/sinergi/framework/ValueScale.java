package id.sinergi.framework;

import java.math.BigDecimal;

/** The values an indicator may take: integer levels (decimals = 0) or decimals with a fixed precision. */
public record ValueScale(BigDecimal min, BigDecimal max, int decimals) {

    public boolean integerOnly() {
        return decimals == 0;
    }
}
