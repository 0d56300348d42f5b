package id.sinergi.planning.web;

import id.sinergi.planning.AchievementStatus;
import id.sinergi.planning.Dashboard.Part;
import id.sinergi.planning.Dashboard.TrendPoint;
import id.sinergi.planning.KeyIndicator;
import java.math.BigDecimal;
import java.util.List;

/**
 * Small server-rendered SVG charts (no script, a few hundred bytes each). Every chart is shown next
 * to a table with the same numbers; the SVG is an illustration, marked {@code aria-hidden}.
 */
final class Charts {

    private static final int HEIGHT = 200;
    private static final int TOP = 20;
    private static final int BOTTOM = 30;
    private static final int LEFT = 34;

    private Charts() {
    }

    /** Bars per year: the target (outlined) and the realisation (filled, coloured by status). */
    static String targetVersusRealisation(KeyIndicator indicator, boolean english, String targetLabel, String realisationLabel) {
        List<KeyIndicator.YearRow> years = indicator.years();
        double max = indicator.scaleMax().doubleValue();
        int slot = 64;
        int width = Math.max(260, LEFT + years.size() * slot + 10);
        StringBuilder svg = open(width, HEIGHT + 36);
        axis(svg, width, max, english);
        int x = LEFT + 8;
        for (KeyIndicator.YearRow row : years) {
            if (row.target() != null) {
                int h = height(row.target(), max);
                svg.append(rect(x, y(h), 22, h, "bar-target"));
                svg.append(text(x + 11, y(h) - 4, number(row.target(), english), "v"));
            }
            if (row.realisation() != null) {
                int h = height(row.realisation(), max);
                svg.append(rect(x + 26, y(h), 22, h, "bar-" + statusClass(row.status())));
                svg.append(text(x + 37, y(h) - 4, number(row.realisation(), english), "v"));
            }
            svg.append(text(x + 24, TOP + HEIGHT - BOTTOM + 16, Integer.toString(row.year()), "y"));
            x += slot;
        }
        svg.append(rect(LEFT, HEIGHT + 20, 12, 10, "bar-target")).append(text(LEFT + 16, HEIGHT + 29, targetLabel, "l"));
        svg.append(rect(LEFT + 110, HEIGHT + 20, 12, 10, "bar-reached"))
                .append(text(LEFT + 126, HEIGHT + 29, realisationLabel, "l"));
        return svg.append("</svg>").toString();
    }

    /** The index per year; the line breaks, with a dashed marker, where the instrument (the scale) changes. */
    static String trend(List<TrendPoint> points, boolean english, String breakLabel) {
        int slot = 56;
        int width = LEFT + Math.max(1, points.size()) * slot + 10;
        StringBuilder svg = open(width, HEIGHT + 14);
        axis(svg, width, 5, english);
        Integer previousX = null;
        Integer previousY = null;
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            int x = LEFT + 8 + i * slot + slot / 2;
            int y = y(height(p.index(), 5));
            if (p.breakBefore()) {
                int bx = x - slot / 2;
                svg.append("<line class=\"break\" x1=\"").append(bx).append("\" y1=\"").append(TOP).append("\" x2=\"").append(bx)
                        .append("\" y2=\"").append(TOP + HEIGHT - BOTTOM).append("\"/>");
                svg.append(text(bx, TOP - 6, breakLabel, "b"));
                previousX = null;
            }
            if (previousX != null) {
                svg.append("<line class=\"trend\" x1=\"").append(previousX).append("\" y1=\"").append(previousY)
                        .append("\" x2=\"").append(x).append("\" y2=\"").append(y).append("\"/>");
            }
            svg.append("<circle class=\"").append(p.sample() ? "dot sample" : "dot").append("\" cx=\"").append(x)
                    .append("\" cy=\"").append(y).append("\" r=\"4\"/>");
            svg.append(text(x, y - 8, number(p.index(), english), "v"));
            svg.append(text(x, TOP + HEIGHT - BOTTOM + 16, Integer.toString(p.year()), "y"));
            previousX = x;
            previousY = y;
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one per domain or aspect, on the instrument's 0–5 range. */
    static String parts(List<Part> parts, boolean english) {
        int row = 22;
        int width = 520;
        int labelWidth = 60;
        StringBuilder svg = open(width, parts.size() * row + 10);
        int y = 4;
        for (Part part : parts) {
            int w = (int) Math.round(part.value().doubleValue() / 5 * (width - labelWidth - 50));
            svg.append(text(labelWidth - 6, y + 13, part.code(), "c"));
            svg.append(rect(labelWidth, y, w, 16, "bar-part"));
            svg.append(text(labelWidth + w + 4, y + 13, number(part.value(), english), "l"));
            y += row;
        }
        return svg.append("</svg>").toString();
    }

    static String statusClass(AchievementStatus status) {
        return switch (status) {
            case REACHED -> "reached";
            case NEAR -> "near";
            case BELOW -> "below";
            default -> "none";
        };
    }

    private static StringBuilder open(int width, int height) {
        return new StringBuilder("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\">");
    }

    private static void axis(StringBuilder svg, int width, double max, boolean english) {
        for (int v = 0; v <= (int) max; v++) {
            int y = y(height(BigDecimal.valueOf(v), max));
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"")
                    .append(width - 4).append("\" y2=\"").append(y).append("\"/>");
            svg.append(text(LEFT - 6, y + 4, Integer.toString(v), "c"));
        }
    }

    private static int height(BigDecimal value, double max) {
        return (int) Math.round(value.doubleValue() / max * (HEIGHT - TOP - BOTTOM));
    }

    private static int y(int height) {
        return TOP + (HEIGHT - TOP - BOTTOM) - height;
    }

    private static String rect(int x, int y, int w, int h, String css) {
        return "<rect class=\"" + css + "\" x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\"/>";
    }

    private static String text(int x, int y, String text, String css) {
        return "<text class=\"" + css + "\" x=\"" + x + "\" y=\"" + y + "\">" + escape(text) + "</text>";
    }

    /**
     * Formatting only, as the table beside the chart writes the same value: every value arrives
     * rounded by its own rule (an instrument's figure by {@code Instrument.present}, as stored).
     */
    static String number(BigDecimal value, boolean english) {
        String plain = value.toPlainString();
        return english ? plain : plain.replace('.', ',');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
