package id.sinergi.scoring.bench;

import id.sinergi.framework.Aspect;
import id.sinergi.framework.Domain;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.domain.InstrumentReader;
import id.sinergi.scoring.Figure;
import id.sinergi.scoring.ScoreCalculator;
import id.sinergi.scoring.ScoreResult;
import id.sinergi.scoring.Term;
import id.sinergi.shared.Rational;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of the exact, explained score ({@link ScoreCalculator#score}, {@link Rational} arithmetic,
 * every figure with its explanation) against a plain {@code double} loop doing the same weighted
 * sums (aspect = Σ v·w / Σ w, domain = Σ aspect·w / Σ w, index = Σ domain·w / 100), for
 * PermenPANRB 59/2020 (47 indicators, 8 aspects, 4 domains).
 *
 * <p>Run: {@code ./mvnw -q -Pbench test-compile exec:exec}. Results and the machine they came
 * from: {@code docs/benchmarks.md}. Surefire excludes {@code *Benchmark.java}, so this never runs
 * as a test.
 *
 * <ul>
 * <li>{@code exactOne} / {@code doubleOne}: one assessment; op = one assessment.</li>
 * <li>{@code exactBatch1000} / {@code doubleBatch1000}: 1,000 different assessments prepared in
 * {@link #setUp()}, all scored in one invocation; op = 1,000 assessments.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ScoreCalculatorBenchmark {

    static final String INSTRUMENT = "instruments/permenpanrb-59-2020.json";
    static final int BATCH = 1_000;
    static final long SEED = 59_2020L;

    Instrument instrument;

    /** The single assessment (exact input and the same levels as doubles, in indicator order). */
    Map<String, BigDecimal> one;
    double[] oneLevels;

    /** The batch: BATCH different assessments. */
    List<Map<String, BigDecimal>> batch;
    double[][] batchLevels;

    /** The instrument flattened for the double baseline; weights pre-converted to double. */
    double[] indicatorWeight;
    int[] indicatorAspect;
    double[] aspectWeightSum;   // Σ indicator weights of the aspect (the exact divisor)
    double[] aspectWeight;
    int[] aspectDomain;
    double[] domainWeightSum;   // Σ aspect weights of the domain (the exact divisor)
    double[] domainWeight;

    @Setup(Level.Trial)
    public void setUp() {
        instrument = new InstrumentReader().read(resource(INSTRUMENT));
        List<Indicator> indicators = instrument.indicators();
        if (indicators.size() != 47 || !instrument.hasDomains()) {
            throw new IllegalStateException("expected 47 indicators under domains, got " + indicators.size());
        }
        flatten(indicators);

        Random random = new Random(SEED);
        oneLevels = levels(random, indicators.size());
        one = values(indicators, oneLevels);
        batchLevels = new double[BATCH][];
        batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batchLevels[i] = levels(random, indicators.size());
            batch.add(values(indicators, batchLevels[i]));
        }
        checkBaselineAgrees();
    }

    // ---------------------------------------------------------------- exact (the real code path)

    @Benchmark
    public void exactOne(Blackhole bh) {
        consume(ScoreCalculator.score(instrument, one), bh);
    }

    @Benchmark
    public void exactBatch1000(Blackhole bh) {
        for (int i = 0; i < BATCH; i++) {
            consume(ScoreCalculator.score(instrument, batch.get(i)), bh);
        }
    }

    // ---------------------------------------------------------------- double baseline

    @Benchmark
    public void doubleOne(Blackhole bh) {
        doubleScore(oneLevels, bh);
    }

    @Benchmark
    public void doubleBatch1000(Blackhole bh) {
        for (int i = 0; i < BATCH; i++) {
            doubleScore(batchLevels[i], bh);
        }
    }

    /** Same sums as the exact method, in double: per-aspect, per-domain and the index. */
    void doubleScore(double[] levels, Blackhole bh) {
        double[] aspects = new double[aspectWeight.length];
        double[] domains = new double[domainWeight.length];
        bh.consume(doubleIndex(levels, aspects, domains));
        bh.consume(aspects);
        bh.consume(domains);
    }

    /** Fills {@code aspects} and {@code domains} (zeroed) and returns the index. */
    double doubleIndex(double[] levels, double[] aspects, double[] domains) {
        for (int i = 0; i < levels.length; i++) {
            aspects[indicatorAspect[i]] += levels[i] * indicatorWeight[i];
        }
        for (int a = 0; a < aspects.length; a++) {
            aspects[a] /= aspectWeightSum[a];
            domains[aspectDomain[a]] += aspects[a] * aspectWeight[a];
        }
        double index = 0;
        for (int d = 0; d < domains.length; d++) {
            domains[d] /= domainWeightSum[d];
            index += domains[d] * domainWeight[d];
        }
        return index / 100;
    }

    // ---------------------------------------------------------------- helpers

    /** Touches the whole result: the index, every figure and every explanation term. */
    static void consume(ScoreResult result, Blackhole bh) {
        bh.consume(result.index());
        bh.consume(result.indexRounded());
        bh.consume(result.predicate());
        for (Figure figure : result.domains()) {
            consume(figure, bh);
        }
        for (Figure figure : result.aspects()) {
            consume(figure, bh);
        }
        for (Term term : result.indexExplanation().terms()) {
            bh.consume(term.product());
        }
    }

    static void consume(Figure figure, Blackhole bh) {
        bh.consume(figure.value());
        bh.consume(figure.rounded());
        bh.consume(figure.explanation().weightedSum());
        for (Term term : figure.explanation().terms()) {
            bh.consume(term.product());
        }
    }

    private void flatten(List<Indicator> indicators) {
        List<Aspect> aspects = instrument.aspects();
        List<Domain> domains = instrument.domains();
        Map<String, Integer> aspectIndex = new HashMap<>();
        Map<String, Integer> domainIndex = new HashMap<>();
        for (int d = 0; d < domains.size(); d++) {
            domainIndex.put(domains.get(d).code(), d);
        }
        aspectWeight = new double[aspects.size()];
        aspectWeightSum = new double[aspects.size()];
        aspectDomain = new int[aspects.size()];
        for (int a = 0; a < aspects.size(); a++) {
            Aspect aspect = aspects.get(a);
            aspectIndex.put(aspect.code(), a);
            aspectWeight[a] = toDouble(aspect.weight());
            aspectDomain[a] = domainIndex.get(aspect.domainCode());
            for (Indicator indicator : aspect.indicators()) {
                aspectWeightSum[a] += toDouble(indicator.weight());
            }
        }
        domainWeight = new double[domains.size()];
        domainWeightSum = new double[domains.size()];
        for (int d = 0; d < domains.size(); d++) {
            domainWeight[d] = toDouble(domains.get(d).weight());
            for (Aspect aspect : domains.get(d).aspects()) {
                domainWeightSum[d] += toDouble(aspect.weight());
            }
        }
        indicatorWeight = new double[indicators.size()];
        indicatorAspect = new int[indicators.size()];
        for (int i = 0; i < indicators.size(); i++) {
            indicatorWeight[i] = toDouble(indicators.get(i).weight());
            indicatorAspect[i] = aspectIndex.get(indicators.get(i).aspectCode());
        }
    }

    /**
     * Realistic mixed levels: each assessment has its own overall maturity (uniform 1.5–4.5) and
     * each indicator scatters around it (σ = 0.9), rounded and clamped to 1–5.
     */
    static double[] levels(Random random, int count) {
        double base = 1.5 + 3 * random.nextDouble();
        double[] levels = new double[count];
        for (int i = 0; i < count; i++) {
            long level = Math.round(base + 0.9 * random.nextGaussian());
            levels[i] = Math.max(1, Math.min(5, level));
        }
        return levels;
    }

    static Map<String, BigDecimal> values(List<Indicator> indicators, double[] levels) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < levels.length; i++) {
            values.put(indicators.get(i).code(), BigDecimal.valueOf((long) levels[i]));
        }
        return values;
    }

    /** Guards the baseline against measuring a different computation: indices must agree. */
    private void checkBaselineAgrees() {
        int differentRounded = 0;
        double maxError = 0;
        for (int i = 0; i < BATCH; i++) {
            ScoreResult exact = ScoreCalculator.score(instrument, batch.get(i));
            double d = doubleIndex(batchLevels[i]);
            double e = Math.abs(d - exact.index().toDecimal(0, 20).doubleValue());
            maxError = Math.max(maxError, e);
            if (e > 1e-9) {
                throw new IllegalStateException("double baseline disagrees with the exact index for assessment " + i
                        + ": " + d + " vs " + exact.index());
            }
            if (BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).compareTo(exact.indexRounded()) != 0) {
                differentRounded++;
            }
        }
        System.out.println("[setup] " + BATCH + " assessments; double vs exact index: max |diff| = " + maxError
                + ", rounded index differs in " + differentRounded + " of " + BATCH);
    }

    private double doubleIndex(double[] levels) {
        return doubleIndex(levels, new double[aspectWeight.length], new double[domainWeight.length]);
    }

    private static double toDouble(Rational r) {
        return r.toDecimal(0, 20).doubleValue();
    }

    private static byte[] resource(String path) {
        try (InputStream in = ScoreCalculatorBenchmark.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource not found: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
