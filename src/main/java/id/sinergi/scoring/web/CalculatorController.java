package id.sinergi.scoring.web;

import id.sinergi.framework.Aspect;
import id.sinergi.framework.Domain;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.IndicatorKind;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.framework.InstrumentCatalog.PublishedInstrument;
import id.sinergi.framework.Level;
import id.sinergi.framework.LevelScale;
import id.sinergi.framework.ValueScale;
import id.sinergi.scoring.Decimals;
import id.sinergi.scoring.Explanation;
import id.sinergi.scoring.Figure;
import id.sinergi.scoring.InputEntry;
import id.sinergi.scoring.InputProblem;
import id.sinergi.scoring.ScoreCalculator;
import id.sinergi.shared.DecimalInput;
import id.sinergi.scoring.ScoreResult;
import id.sinergi.scoring.Term;
import id.sinergi.scoring.web.CalculatorPage.Choice;
import id.sinergi.scoring.web.CalculatorPage.Criteria;
import id.sinergi.scoring.web.CalculatorPage.ExplanationView;
import id.sinergi.scoring.web.CalculatorPage.FigureView;
import id.sinergi.scoring.web.CalculatorPage.Legend;
import id.sinergi.scoring.web.CalculatorPage.Option;
import id.sinergi.scoring.web.CalculatorPage.Result;
import id.sinergi.scoring.web.CalculatorPage.Row;
import id.sinergi.scoring.web.CalculatorPage.Scale;
import id.sinergi.scoring.web.CalculatorPage.Section;
import id.sinergi.scoring.web.CalculatorPage.TermView;
import id.sinergi.shared.Rational;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public calculator. GET shows an instrument with every indicator at the lowest value; a POST
 * (the "Hitung" button without JavaScript, or htmx on every change) recomputes. An htmx request
 * gets only the result panel plus, out of band, the criteria of every indicator's chosen level
 * (several quick changes may be merged into one request, so all of them are refreshed).
 */
@Controller
class CalculatorController {

    static final String VALUE_PREFIX = "v.";
    private static final String DEFAULT_FRAMEWORK = "permenpanrb-59-2020";

    private final InstrumentCatalog instruments;
    private final MessageSource messages;

    CalculatorController(InstrumentCatalog instruments, MessageSource messages) {
        this.instruments = instruments;
        this.messages = messages;
    }

    @GetMapping("/kalkulator")
    String page(@RequestParam(required = false) String framework, Model model, Locale locale,
            HttpServletResponse response) {
        List<PublishedInstrument> published = instruments.listPublished();
        Instrument instrument = choose(published, framework == null ? DEFAULT_FRAMEWORK : framework);
        if (framework != null && !instrument.code().equals(framework)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("notice", messages.getMessage("calc.unknownFramework", new Object[] {framework}, locale));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Indicator indicator : instrument.indicators()) {
            values.put(indicator.code(), instrument.valueScale().min().setScale(instrument.valueScale().decimals()).toPlainString());
        }
        model.addAttribute("page", page(published, instrument, values, Set.of(), locale));
        return "calculator/page";
    }

    @PostMapping("/kalkulator")
    String calculate(@RequestParam(required = false) String framework, HttpServletRequest request,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, Locale locale, HttpServletResponse response) {
        List<PublishedInstrument> published = instruments.listPublished();
        Instrument instrument = choose(published, framework == null ? DEFAULT_FRAMEWORK : framework);
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, sent) -> {
            if (name.startsWith(VALUE_PREFIX) && sent.length > 0) {
                values.put(name.substring(VALUE_PREFIX.length()), sent[sent.length - 1].trim());
            }
        });
        CalculatorPage page = page(published, instrument, values, invalidCodes(instrument, values), locale);
        if (page.result().hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("page", page);
        if (htmx != null) {
            model.addAttribute("fragment", true);
            return "calculator/result";
        }
        return "calculator/page";
    }

    private static Instrument choose(List<PublishedInstrument> published, String code) {
        return published.stream().map(PublishedInstrument::instrument).filter(i -> i.code().equals(code)).findFirst()
                .orElseGet(() -> published.stream().map(PublishedInstrument::instrument)
                        .filter(i -> i.code().equals(DEFAULT_FRAMEWORK)).findFirst()
                        .orElse(published.get(0).instrument()));
    }

    private Set<String> invalidCodes(Instrument instrument, Map<String, String> values) {
        Set<String> invalid = new HashSet<>();
        ScoreCalculator.validate(instrument, entries(values)).forEach(p -> invalid.add(p.code()));
        return invalid;
    }

    private static List<InputEntry> entries(Map<String, String> values) {
        List<InputEntry> entries = new ArrayList<>();
        values.forEach((code, text) -> {
            if (!text.isEmpty()) {
                entries.add(new InputEntry(code, parse(text)));
            }
        });
        return entries;
    }

    private static BigDecimal parse(String text) {
        return DecimalInput.parse(text).orElse(null);
    }

    private CalculatorPage page(List<PublishedInstrument> published, Instrument instrument, Map<String, String> values,
            Set<String> invalid, Locale locale) {
        List<Option> options = published.stream()
                .map(p -> new Option(p.instrument().code(), p.instrument().name(), p.instrument().code().equals(instrument.code())))
                .toList();
        ValueScale scale = instrument.valueScale();
        Scale scaleView = new Scale(scale.integerOnly(), scale.min().toPlainString(), scale.max().toPlainString(),
                scale.decimals(), BigDecimal.ONE.movePointLeft(scale.decimals()).toPlainString());
        List<Section> sections = new ArrayList<>();
        String currentDomain = null;
        for (Aspect aspect : instrument.aspects()) {
            String domainTitle = null;
            if (aspect.domainCode() != null && !aspect.domainCode().equals(currentDomain)) {
                currentDomain = aspect.domainCode();
                Domain domain = instrument.domains().stream().filter(d -> d.code().equals(aspect.domainCode()))
                        .findFirst().orElseThrow();
                domainTitle = domain.code() + " · " + domain.name();
            }
            List<Row> rows = new ArrayList<>();
            for (Indicator indicator : aspect.indicators()) {
                rows.add(row(instrument, indicator, values.getOrDefault(indicator.code(), ""),
                        invalid.contains(indicator.code()), locale));
            }
            sections.add(new Section(domainTitle, aspect.code() + " · " + aspect.name(), rows));
        }
        List<Legend> legends = instrument.levelScales().stream()
                .map(s -> new Legend(s.name(), s.levels().stream()
                        .map(l -> new Criteria(levelLabel(l), l.name(), l.criteria().in(locale))).toList()))
                .toList();
        return new CalculatorPage(options, instrument.code(), instrument.name(), instrument.indexName(),
                instrument.provisional(), scaleView, sections, legends, result(instrument, values, locale));
    }

    private static String levelLabel(Level level) {
        return level.hasBand()
                ? level.bandMin().toPlainString() + "–" + level.bandMax().toPlainString()
                : Integer.toString(level.level());
    }

    private Row row(Instrument instrument, Indicator indicator, String value, boolean invalid, Locale locale) {
        LevelScale scale = instrument.levelScale(indicator.levelScale()).orElseThrow();
        List<Choice> choices = new ArrayList<>();
        if (instrument.valueScale().integerOnly()) {
            for (Level level : scale.levels()) {
                String v = Integer.toString(level.level());
                choices.add(new Choice(v, v + " · " + level.name(), v.equals(value)));
            }
        }
        BigDecimal parsed = value.isEmpty() ? null : parse(value);
        Criteria criteria = parsed == null ? null : scale.levelOf(parsed)
                .map(l -> new Criteria(indicator.code(), l.name(), l.criteria().in(locale)))
                .orElse(null);
        return new Row(indicator.code(), indicator.name(), indicator.weight().toString(),
                indicator.kind() == IndicatorKind.SURVEY, choices, value, criteria, invalid);
    }

    private Result result(Instrument instrument, Map<String, String> values, Locale locale) {
        List<InputProblem> problems = ScoreCalculator.validate(instrument, entries(values));
        if (!problems.isEmpty()) {
            List<String> errors = problems.stream()
                    .map(p -> messages.getMessage(p.kind().messageKey(), args(p), locale))
                    .toList();
            return new Result(null, null, null, null, List.of(), List.of(), null, errors);
        }
        Map<String, BigDecimal> exact = new LinkedHashMap<>();
        values.forEach((code, text) -> exact.put(code, parse(text)));
        ScoreResult score = ScoreCalculator.score(instrument, exact);
        int digits = instrument.roundingScale();
        return new Result(score.indexRounded().toPlainString(), Decimals.exact(score.index(), digits),
                score.predicate(), slug(score.predicate()),
                score.domains().stream().map(f -> figure(f, digits)).toList(),
                score.aspects().stream().map(f -> figure(f, digits)).toList(),
                explanation(score.indexExplanation(), score.indexRounded(), digits), List.of());
    }

    private static Object[] args(InputProblem problem) {
        List<Object> args = new ArrayList<>();
        args.add(problem.code());
        args.addAll(problem.arguments());
        return args.toArray();
    }

    private static FigureView figure(Figure figure, int digits) {
        return new FigureView(figure.code(), figure.name(), figure.weight().toString(),
                figure.rounded().toPlainString(), explanation(figure.explanation(), figure.rounded(), digits));
    }

    /** {@code rounded} is the figure as the calculator presented it (the instrument's rule). */
    private static ExplanationView explanation(Explanation explanation, BigDecimal rounded, int digits) {
        List<TermView> terms = explanation.terms().stream().map(CalculatorController::term).toList();
        return new ExplanationView(terms, shown(explanation.weightedSum(), 0), shown(explanation.divisor(), 0),
                shown(explanation.value(), digits), rounded.toPlainString());
    }

    private static TermView term(Term term) {
        return new TermView(term.code(), term.name(), shown(term.value(), 0), shown(term.weight(), 0),
                shown(term.product(), 0));
    }

    private static String shown(Rational value, int minScale) {
        return (value.isFiniteDecimal() ? "" : "≈") + Decimals.exact(value, minScale);
    }

    /** "Sangat Baik" → "sangat-baik", for the predicate's colour class. */
    static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^\\p{Alnum}]+", "-")
                .toLowerCase(Locale.ROOT).replaceAll("(^-|-$)", "");
    }
}
