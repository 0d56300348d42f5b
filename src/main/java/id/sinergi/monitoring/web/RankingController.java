package id.sinergi.monitoring.web;

import id.sinergi.monitoring.MonitoringProblem;
import id.sinergi.monitoring.RankingFilter;
import id.sinergi.monitoring.Rankings;
import id.sinergi.monitoring.Rankings.RankingSection;
import id.sinergi.monitoring.Rankings.RankingYear;
import id.sinergi.monitoring.web.RankingCharts.Bar;
import id.sinergi.monitoring.web.RankingPages.DataPage;
import id.sinergi.monitoring.web.RankingPages.RankingPage;
import id.sinergi.monitoring.web.RankingPages.SectionCharts;
import id.sinergi.monitoring.web.RankingPages.TrendPage;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: the national ranking with its statistics, a government's trend, the open-data index. */
@Controller
class RankingController {

    private final Rankings rankings;
    private final Organization organization;
    private final MessageSource messages;

    RankingController(Rankings rankings, Organization organization, MessageSource messages) {
        this.rankings = rankings;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/peringkat")
    String ranking(@RequestParam(required = false) String tahun, @RequestParam(required = false) String kategori,
            @RequestParam(required = false) String wilayah, Model model, Locale locale, HttpServletResponse response) {
        String category = kategori == null ? "" : kategori.strip();
        String place = wilayah == null ? "" : wilayah.strip();
        boolean yearGiven = tahun != null && !tahun.isBlank();
        // One stamp query per request when a year is given: the ranking brings the published years along.
        List<Integer> years = yearGiven ? List.of() : rankings.publishedYears();
        Integer year = years.isEmpty() ? null : years.get(0);
        try {
            if (yearGiven) {
                year = parseYear(tahun);
            }
            RankingFilter filter = RankingFilter.parse(category, place, null);
            Optional<RankingYear> data = year == null ? Optional.empty() : rankings.of(year, filter);
            if (data.isPresent()) {
                years = data.get().publishedYears();
            } else if (yearGiven) {
                years = rankings.publishedYears();
            }
            if (year != null && data.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("page", new RankingPage(years, year, category, place, null, List.of(),
                        List.of(messages.getMessage("ranking.year.none", new Object[] {year}, locale))));
                return "monitoring/ranking";
            }
            boolean english = "en".equals(locale.getLanguage());
            List<SectionCharts> charts = data.map(d -> d.sections().stream().map(s -> charts(s, english, locale)).toList())
                    .orElse(List.of());
            model.addAttribute("page", new RankingPage(years, year, filter.scope().name(), filter.place(),
                    data.orElse(null), charts, List.of()));
        } catch (MonitoringProblem e) {
            years = years.isEmpty() ? rankings.publishedYears() : years;
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", new RankingPage(years, year, category, place, null, List.of(),
                    List.of(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale))));
        }
        return "monitoring/ranking";
    }

    @GetMapping("/peringkat/instansi/{code}")
    String trend(@PathVariable String code, Model model, Locale locale, HttpServletResponse response) {
        Optional<Government> government = organization.governmentByCode(code);
        Optional<Rankings.RankingTrend> trend = government.flatMap(g -> rankings.trendOf(g.id()));
        if (trend.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("page", new TrendPage(null, ""));
            return "monitoring/trend";
        }
        String title = messages.getMessage("trend.chart", new Object[] {trend.get().government().name()}, locale);
        model.addAttribute("page", new TrendPage(trend.get(),
                RankingCharts.trend(title, trend.get().segments(), "en".equals(locale.getLanguage()))));
        return "monitoring/trend";
    }

    @GetMapping("/data/hasil")
    String openData(Model model) {
        model.addAttribute("page", new DataPage(rankings.publishedYears()));
        return "monitoring/ranking-data";
    }

    private SectionCharts charts(RankingSection section, boolean english, Locale locale) {
        int most = section.statistics().distribution().stream().mapToInt(c -> c.count()).max().orElse(0);
        List<Bar> predicates = section.statistics().distribution().stream()
                .map(c -> new Bar(c.predicate(), BigDecimal.valueOf(c.count()), Integer.toString(c.count()))).toList();
        List<Bar> regions = section.statistics().regions().stream()
                .map(r -> new Bar(r.label(), r.mean(), RankingCharts.number(r.mean(), english) + " (n=" + r.count() + ")"))
                .toList();
        String distributionTitle = messages.getMessage("ranking.distribution.chart",
                new Object[] {section.instrumentLabel()}, locale);
        String regionsTitle = messages.getMessage("ranking.regions.chart", new Object[] {section.instrumentLabel()}, locale);
        return new SectionCharts(section,
                RankingCharts.bars(distributionTitle, predicates, BigDecimal.ZERO, BigDecimal.valueOf(Math.max(1, most))),
                regions.isEmpty() ? "" : RankingCharts.bars(regionsTitle, regions, section.scaleMin(), section.scaleMax()));
    }

    static int parseYear(String value) {
        try {
            int year = Integer.parseInt(value.strip());
            if (year < 1000 || year > 9999) {
                throw new MonitoringProblem("ranking.year.invalid", value.strip());
            }
            return year;
        } catch (NumberFormatException e) {
            throw new MonitoringProblem("ranking.year.invalid", value.strip());
        }
    }
}
