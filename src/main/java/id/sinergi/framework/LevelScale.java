package id.sinergi.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Named maturity levels with cumulative criteria (level N requires level N-1 and more). */
public record LevelScale(String code, String name, List<Level> levels) {

    public LevelScale {
        levels = List.copyOf(levels);
    }

    public Optional<Level> level(int level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    /** The level a value belongs to: its band for decimal scales, the level itself for integer scales. */
    public Optional<Level> levelOf(BigDecimal value) {
        for (Level level : levels) {
            if (level.hasBand() ? level.bandContains(value) : value.compareTo(BigDecimal.valueOf(level.level())) == 0) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
