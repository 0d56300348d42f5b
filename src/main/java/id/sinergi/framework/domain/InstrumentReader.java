package id.sinergi.framework.domain;

import id.sinergi.framework.Aspect;
import id.sinergi.framework.Domain;
import id.sinergi.framework.EvaluationYears;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.IndicatorKind;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentProblem;
import id.sinergi.framework.InvalidInstrumentException;
import id.sinergi.framework.Level;
import id.sinergi.framework.LevelScale;
import id.sinergi.framework.PredicateBand;
import id.sinergi.framework.PredicateBasis;
import id.sinergi.framework.ValueScale;
import id.sinergi.shared.LocalizedText;
import id.sinergi.shared.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an instrument file (the format of {@code src/main/resources/instruments/*.json}) and checks
 * it completely: every problem is collected and reported together, so an admin fixes a file in one
 * round. A part that cannot be read is left null, and the structural checks ({@link InstrumentRules})
 * skip what depends on it rather than report follow-on errors.
 */
public final class InstrumentReader {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,63}");
    private static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public Instrument read(byte[] json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInstrumentException(List.of(
                    InstrumentProblem.of("$", "instrument.notJson", e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInstrumentException(List.of(InstrumentProblem.of("$", "instrument.notObject")));
        }
        Problems problems = new Problems();
        Instrument instrument = new Parse(root, problems).instrument();
        InstrumentRules.check(instrument, problems.list);
        if (!problems.isEmpty()) {
            throw new InvalidInstrumentException(problems.list);
        }
        return instrument;
    }

    static final class Problems {
        final List<InstrumentProblem> list = new ArrayList<>();

        void add(String path, String key, Object... args) {
            list.add(InstrumentProblem.of(path, key, args));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }
    }

    /** One pass over the JSON tree; missing or malformed parts become problems, never exceptions. */
    private static final class Parse {
        private final JsonNode root;
        private final Problems problems;
        private final Set<String> levelScaleCodes = new HashSet<>();

        Parse(JsonNode root, Problems problems) {
            this.root = root;
            this.problems = problems;
        }

        Instrument instrument() {
            String code = text(root, "code", "$.code", true);
            if (code != null && !CODE.matcher(code).matches()) {
                problems.add("$.code", "instrument.code.pattern", code);
            }
            String name = text(root, "name", "$.name", true);
            String indexName = text(root, "indexName", "$.indexName", true);
            boolean provisional = root.path("provisional").asBoolean(false);
            String status = text(root, "status", "$.status", false);
            List<Integer> years = new ArrayList<>();
            for (JsonNode year : array(root, "usedForEvaluationYears", "$.usedForEvaluationYears", false)) {
                if (year.isIntegralNumber() && year.canConvertToInt() && EvaluationYears.accepted(year.intValue())) {
                    years.add(year.intValue());
                } else {
                    problems.add("$.usedForEvaluationYears", "instrument.year.invalid", year.toString());
                }
            }
            List<String> sources = new ArrayList<>();
            for (JsonNode source : array(root, "sources", "$.sources", false)) {
                sources.add(source.asString());
            }
            ValueScale valueScale = valueScale();
            int roundingScale = rounding();
            PredicateBasis basis = predicateBasis();
            List<LevelScale> levelScales = levelScales();
            List<PredicateBand> predicates = predicates();

            List<Domain> domains = new ArrayList<>();
            List<Aspect> aspects = new ArrayList<>();
            boolean hasDomains = root.has("domains");
            boolean hasAspects = root.has("aspects");
            if (hasDomains == hasAspects) {
                problems.add("$", "instrument.tree.shape");
            } else if (hasDomains) {
                List<JsonNode> domainNodes = array(root, "domains", "$.domains", true);
                for (int d = 0; d < domainNodes.size(); d++) {
                    domains.add(domain(domainNodes.get(d), "$.domains[" + d + "]", aspects));
                }
            } else {
                List<JsonNode> aspectNodes = array(root, "aspects", "$.aspects", true);
                for (int a = 0; a < aspectNodes.size(); a++) {
                    aspects.add(aspect(aspectNodes.get(a), "$.aspects[" + a + "]", null, null));
                }
            }
            return new Instrument(code, name, indexName, provisional, status, years, sources, valueScale,
                    roundingScale, basis, levelScales, predicates, domains, aspects);
        }

        private ValueScale valueScale() {
            JsonNode node = root.get("valueScale");
            if (node == null || !node.isObject()) {
                problems.add("$.valueScale", "instrument.required");
                return null;
            }
            BigDecimal min = decimal(node, "min", "$.valueScale.min");
            BigDecimal max = decimal(node, "max", "$.valueScale.max");
            JsonNode decimals = node.get("decimals");
            int scale = 0;
            if (decimals == null || !decimals.isIntegralNumber() || decimals.intValue() < 0 || decimals.intValue() > 4) {
                problems.add("$.valueScale.decimals", "instrument.valueScale.decimals");
            } else {
                scale = decimals.intValue();
            }
            return min == null || max == null ? null : new ValueScale(min, max, scale);
        }

        private int rounding() {
            JsonNode node = root.get("rounding");
            if (node == null || !node.isObject()) {
                problems.add("$.rounding", "instrument.required");
                return 2;
            }
            JsonNode scale = node.get("scale");
            if (scale == null || !scale.isIntegralNumber() || scale.intValue() < 0 || scale.intValue() > 6) {
                problems.add("$.rounding.scale", "instrument.rounding.scale");
            }
            String mode = node.path("mode").asString("");
            if (!"HALF_UP".equals(mode)) {
                problems.add("$.rounding.mode", "instrument.rounding.mode", mode);
            }
            return scale == null || !scale.isIntegralNumber() ? 2 : scale.intValue();
        }

        private PredicateBasis predicateBasis() {
            String basis = root.path("predicateBasis").asString("ROUNDED");
            try {
                return PredicateBasis.valueOf(basis);
            } catch (IllegalArgumentException e) {
                problems.add("$.predicateBasis", "instrument.predicateBasis", basis);
                return PredicateBasis.ROUNDED;
            }
        }

        private List<LevelScale> levelScales() {
            List<LevelScale> scales = new ArrayList<>();
            List<JsonNode> nodes = array(root, "levelScales", "$.levelScales", true);
            for (int s = 0; s < nodes.size(); s++) {
                JsonNode node = nodes.get(s);
                String path = "$.levelScales[" + s + "]";
                String code = text(node, "code", path + ".code", true);
                if (code != null && !levelScaleCodes.add(code)) {
                    problems.add(path + ".code", "instrument.duplicateCode", code);
                }
                String name = text(node, "name", path + ".name", true);
                List<Level> levels = new ArrayList<>();
                List<JsonNode> levelNodes = array(node, "levels", path + ".levels", true);
                for (int l = 0; l < levelNodes.size(); l++) {
                    levels.add(level(levelNodes.get(l), path + ".levels[" + l + "]"));
                }
                scales.add(new LevelScale(code, name, levels));
            }
            return scales;
        }

        private Level level(JsonNode node, String path) {
            JsonNode number = node.get("level");
            int level = 0;
            if (number == null || !number.isIntegralNumber()) {
                problems.add(path + ".level", "instrument.level.number");
            } else {
                level = number.intValue();
            }
            String name = text(node, "name", path + ".name", true);
            LocalizedText criteria = null;
            JsonNode c = node.get("criteria");
            if (c != null && c.isString() && !c.asString().isBlank()) {
                criteria = new LocalizedText(c.asString(), null);
            } else if (c != null && c.isObject() && !c.path("id").asString("").isBlank()) {
                criteria = new LocalizedText(c.path("id").asString(), c.path("en").asString(""));
            } else {
                problems.add(path + ".criteria", "instrument.level.criteria");
            }
            BigDecimal min = node.has("min") ? decimal(node, "min", path + ".min") : null;
            BigDecimal max = node.has("max") ? decimal(node, "max", path + ".max") : null;
            if ((min == null) != (max == null)) {
                problems.add(path, "instrument.level.band");
            }
            return new Level(level, name, criteria, min, node.path("minInclusive").asBoolean(true), max,
                    node.path("maxInclusive").asBoolean(false));
        }

        private List<PredicateBand> predicates() {
            List<PredicateBand> bands = new ArrayList<>();
            List<JsonNode> nodes = array(root, "predicates", "$.predicates", true);
            for (int p = 0; p < nodes.size(); p++) {
                JsonNode node = nodes.get(p);
                String path = "$.predicates[" + p + "]";
                String name = text(node, "name", path + ".name", true);
                BigDecimal min = decimal(node, "min", path + ".min");
                BigDecimal max = decimal(node, "max", path + ".max");
                if (!node.path("minInclusive").isBoolean() || !node.path("maxInclusive").isBoolean()) {
                    problems.add(path, "instrument.predicate.inclusive");
                }
                if (min != null && max != null) {
                    bands.add(new PredicateBand(name, min, node.path("minInclusive").asBoolean(),
                            max, node.path("maxInclusive").asBoolean()));
                }
            }
            return bands;
        }

        private Domain domain(JsonNode node, String path, List<Aspect> allAspects) {
            String code = itemCode(node, path);
            String name = text(node, "name", path + ".name", true);
            Rational weight = weight(node, path);
            String scale = scaleRef(node, path, null);
            List<Aspect> aspects = new ArrayList<>();
            List<JsonNode> aspectNodes = array(node, "aspects", path + ".aspects", true);
            for (int a = 0; a < aspectNodes.size(); a++) {
                Aspect aspect = aspect(aspectNodes.get(a), path + ".aspects[" + a + "]", code, scale);
                aspects.add(aspect);
                allAspects.add(aspect);
            }
            return new Domain(code, name, weight, aspects);
        }

        private Aspect aspect(JsonNode node, String path, String domainCode, String inheritedScale) {
            String code = itemCode(node, path);
            String name = text(node, "name", path + ".name", true);
            Rational weight = weight(node, path);
            String scale = scaleRef(node, path, inheritedScale);
            List<Indicator> indicators = new ArrayList<>();
            List<JsonNode> indicatorNodes = array(node, "indicators", path + ".indicators", true);
            for (int i = 0; i < indicatorNodes.size(); i++) {
                indicators.add(indicator(indicatorNodes.get(i), path + ".indicators[" + i + "]", code, scale));
            }
            return new Aspect(code, name, weight, domainCode, indicators);
        }

        private Indicator indicator(JsonNode node, String path, String aspectCode, String inheritedScale) {
            String code = itemCode(node, path);
            String name = text(node, "name", path + ".name", true);
            Rational weight = weight(node, path);
            String scale = scaleRef(node, path, inheritedScale);
            IndicatorKind kind = IndicatorKind.LEVEL;
            String kindText = node.path("kind").asString("LEVEL");
            try {
                kind = IndicatorKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(path + ".kind", "instrument.indicator.kind", kindText);
            }
            return new Indicator(code, name, weight, kind, aspectCode, scale);
        }

        private String itemCode(JsonNode node, String path) {
            String code = text(node, "code", path + ".code", true);
            if (code != null && !ITEM_CODE.matcher(code).matches()) {
                problems.add(path + ".code", "instrument.itemCode.pattern", code);
            }
            return code;
        }

        private String scaleRef(JsonNode node, String path, String inherited) {
            if (!node.has("levelScale")) {
                if (inherited == null && levelScaleCodes.size() == 1) {
                    return levelScaleCodes.iterator().next();
                }
                if (inherited == null && path.contains("indicators")) {
                    problems.add(path + ".levelScale", "instrument.levelScale.missing");
                }
                return inherited;
            }
            String code = node.path("levelScale").asString("");
            if (!levelScaleCodes.contains(code)) {
                problems.add(path + ".levelScale", "instrument.levelScale.unknown", code);
            }
            return code;
        }

        private Rational weight(JsonNode node, String path) {
            JsonNode weight = node.get("weight");
            if (weight == null || weight.isNull()) {
                problems.add(path + ".weight", "instrument.required");
                return null;
            }
            try {
                Rational value = weight.isNumber() ? Rational.of(weight.decimalValue()) : Rational.parse(weight.asString());
                if (value.signum() <= 0) {
                    problems.add(path + ".weight", "instrument.weight.positive", weight.asString());
                    return null;
                }
                return value;
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(path + ".weight", "instrument.weight.format", weight.asString());
                return null;
            }
        }

        private BigDecimal decimal(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                problems.add(path, "instrument.required");
                return null;
            }
            try {
                return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString().trim());
            } catch (NumberFormatException e) {
                problems.add(path, "instrument.number.format", value.asString());
                return null;
            }
        }

        private String text(JsonNode node, String field, String path, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
                if (required) {
                    problems.add(path, "instrument.required");
                }
                return null;
            }
            if (!value.isString()) {
                problems.add(path, "instrument.text.type");
                return null;
            }
            return value.asString().trim();
        }

        private List<JsonNode> array(JsonNode node, String field, String path, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    problems.add(path, "instrument.required");
                }
                return List.of();
            }
            if (!value.isArray()) {
                problems.add(path, "instrument.array.type");
                return List.of();
            }
            if (required && value.isEmpty()) {
                problems.add(path, "instrument.array.empty");
            }
            return new ArrayList<>(value.values());
        }
    }
}
