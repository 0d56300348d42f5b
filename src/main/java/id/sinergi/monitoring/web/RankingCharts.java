package id.sinergi.monitoring.web;

import id.sinergi.monitoring.GovernmentResult;
import id.sinergi.monitoring.Rankings.TrendBreak;
import id.sinergi.monitoring.Rankings.TrendSegment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Small server-rendered SVG charts from numbers: no script, no library, presentation attributes only
 * (the pages' Content-Security-Policy allows no inline styles). Each chart has a {@code <title>} and
 * {@code role="img"} with a label, and every page shows the same numbers in a table next to it.
 */
public final class RankingCharts {

    private RankingCharts() {
    }

    /** One bar: its label, its value, and the value as the reader writes it. */
    public record Bar(String label, BigDecimal value, String text) {
    }

    /** Horizontal bars from {@code min} to {@code max} (for counts: 0 to the largest count). */
    public static String bars(String title, List<Bar> bars, BigDecimal min, BigDecimal max) {
        int labelWidth = 170;
        int plot = 300;
        int row = 22;
        int height = bars.size() * row + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
                .append(labelWidth + plot + 60).append(' ').append(height).append("\" aria-label=\"").append(escape(title))
                .append("\"><title>").append(escape(title)).append("</title>");
        BigDecimal span = max.subtract(min);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 4 + i * row;
            double share = span.signum() <= 0 || bar.value() == null ? 0
                    : bar.value().subtract(min).max(BigDecimal.ZERO).divide(span, 6, RoundingMode.HALF_UP).doubleValue();
            int width = (int) Math.round(Math.min(1, share) * plot);
            svg.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1d2733\">").append(escape(bar.label()))
                    .append("</text>");
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 2).append("\" width=\"").append(width)
                    .append("\" height=\"").append(row - 6).append("\" fill=\"#0b5cad\"/>");
            svg.append("<text x=\"").append(labelWidth + width + 6).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"13\" fill=\"#1d2733\">").append(escape(bar.text())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A trend: one panel per segment, each on its own instrument's scale, side by side with a gap
     * and a dashed separator labelled with the break, so lines never join across instruments or
     * missing years.
     */
    public static String trend(String title, List<TrendSegment> segments, boolean english) {
        int perYear = 70;
        int gap = 36;
        int top = 34;
        int plotHeight = 150;
        int left = 40;
        int width = left;
        for (TrendSegment s : segments) {
            width += Math.max(1, s.points().size()) * perYear + gap;
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
                .append(width).append(' ').append(top + plotHeight + 40).append("\" aria-label=\"").append(escape(title))
                .append("\"><title>").append(escape(title)).append("</title>");
        int x0 = left;
        for (TrendSegment segment : segments) {
            int panel = Math.max(1, segment.points().size()) * perYear;
            if (segment.breakBefore() != TrendBreak.NONE) {
                int bx = x0 - gap / 2;
                svg.append("<line x1=\"").append(bx).append("\" y1=\"").append(top - 8).append("\" x2=\"").append(bx)
                        .append("\" y2=\"").append(top + plotHeight + 6)
                        .append("\" stroke=\"#9a5b00\" stroke-width=\"2\" stroke-dasharray=\"5 4\"/>");
            }
            svg.append("<text x=\"").append(x0).append("\" y=\"14\" font-size=\"12\" fill=\"#5a6776\">")
                    .append(escape(segment.instrumentLabel())).append(" (").append(number(segment.scaleMin(), english))
                    .append("–").append(number(segment.scaleMax(), english)).append(")</text>");
            if (segment.breakBefore() != TrendBreak.NONE) {
                String why = segment.breakBefore() == TrendBreak.INSTRUMENT
                        ? (english ? "instrument changed" : "instrumen berganti")
                        : (english ? "year missing" : "tahun kosong");
                svg.append("<text x=\"").append(x0).append("\" y=\"28\" font-size=\"11\" fill=\"#9a5b00\">")
                        .append(escape(why)).append("</text>");
            }
            svg.append("<line x1=\"").append(x0).append("\" y1=\"").append(top + plotHeight).append("\" x2=\"")
                    .append(x0 + panel).append("\" y2=\"").append(top + plotHeight).append("\" stroke=\"#d8dee6\"/>");
            StringBuilder path = new StringBuilder();
            BigDecimal span = segment.scaleMax().subtract(segment.scaleMin());
            for (int i = 0; i < segment.points().size(); i++) {
                GovernmentResult point = segment.points().get(i);
                int x = x0 + i * perYear + perYear / 2;
                double share = span.signum() == 0 ? 0
                        : point.index().subtract(segment.scaleMin()).divide(span, 6, RoundingMode.HALF_UP).doubleValue();
                int y = top + plotHeight - (int) Math.round(share * plotHeight);
                path.append(i == 0 ? "M" : " L").append(x).append(' ').append(y);
                svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"4\" fill=\"#0b5cad\"/>");
                svg.append("<text x=\"").append(x).append("\" y=\"").append(y - 8)
                        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1d2733\">")
                        .append(escape(number(point.index(), english))).append("</text>");
                svg.append("<text x=\"").append(x).append("\" y=\"").append(top + plotHeight + 18)
                        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5a6776\">").append(point.year())
                        .append("</text>");
            }
            if (segment.points().size() > 1) {
                svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"2\"/>");
            }
            x0 += panel + gap;
        }
        return svg.append("</svg>").toString();
    }

    /** A plain decimal the reader's way: "3,58" in Indonesian, "3.58" in English. */
    public static String number(BigDecimal value, boolean english) {
        if (value == null) {
            return "—";
        }
        String plain = value.toPlainString();
        return english ? plain : plain.replace('.', ',');
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
