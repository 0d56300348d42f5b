package id.sinergi.shared;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of uploaded CSV text, the counterpart of {@link Csv}. Bytes must be UTF-8 (a BOM is
 * dropped; the first invalid byte is refused naming its line). {@link #records} reads RFC 4180
 * records (quoted fields may hold separators, doubled quotes and line breaks; the separator is
 * {@code ;} when the first lines hold at least as many semicolons as commas, as Excel in Indonesian
 * locales writes it); {@link #lines} reads one unsplit cell per line, for one-column files whose
 * values may hold unquoted commas. A control character (Unicode Cc other than tab, CR and LF) is
 * refused naming its line and code point, and the limits are checked while reading, so a hostile
 * file stops at the first line past a bound. Refusals carry a {@code csv.*} key and arguments that
 * each importer maps to its own message.
 */
public final class CsvReader {

    /** Bytes that are not UTF-8; arguments: line. */
    public static final String ENCODING = "csv.encoding";
    /** A control character; arguments: line, code point as {@code U+0000}. */
    public static final String CONTROL = "csv.control";
    /** More lines than {@link Limits#maxLines}; arguments: the limit. */
    public static final String TOO_MANY_LINES = "csv.lines";
    /** More cells on a line than {@link Limits#maxColumns}; arguments: line, the limit. */
    public static final String TOO_MANY_COLUMNS = "csv.columns";
    /** A cell longer than {@link Limits#maxFieldLength} characters; arguments: line, the limit. */
    public static final String FIELD_TOO_LONG = "csv.fieldLength";

    /** Bounds of one file: lines (blank ones included), cells per line, characters per cell. */
    public record Limits(int maxLines, int maxColumns, int maxFieldLength) {

        public Limits {
            if (maxLines < 1 || maxColumns < 1 || maxFieldLength < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /** One record with the 1-based line where it starts, and its cells (blank cells as empty strings). */
    public record Line(int number, List<String> cells) {

        public Line {
            cells = List.copyOf(cells);
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }

        /** The cell stripped of surrounding blanks; empty when the line is shorter. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
        }
    }

    /** The file is refused: {@code messageKey} (one of this class's constants) says why, {@code line} where (0: the whole file). */
    public static final class Refused extends Exception {

        private final String messageKey;
        private final int line;
        private final List<Object> arguments;

        Refused(String messageKey, int line, Object... arguments) {
            super(messageKey + " at line " + line);
            this.messageKey = messageKey;
            this.line = line;
            this.arguments = List.of(arguments);
        }

        public String messageKey() {
            return messageKey;
        }

        public int line() {
            return line;
        }

        public List<Object> arguments() {
            return arguments;
        }
    }

    private CsvReader() {
    }

    /** RFC 4180 records of the file, blank ones included. */
    public static List<Line> records(byte[] content, Limits limits) throws Refused {
        String text = decode(content);
        char separator = separator(text);
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    append(field, '"', start, limits);
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, c, start, limits);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(field.toString());
                field.setLength(0);
                if (cells.size() >= limits.maxColumns()) {
                    throw new Refused(TOO_MANY_COLUMNS, start, start, limits.maxColumns());
                }
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(field.toString());
                field.setLength(0);
                add(lines, new Line(start, cells), limits);
                cells = new ArrayList<>();
                line++;
                start = line;
            } else {
                append(field, c, start, limits);
            }
        }
        if (field.length() > 0 || !cells.isEmpty()) {
            cells.add(field.toString());
            add(lines, new Line(start, cells), limits);
        }
        return lines;
    }

    /** The file's lines, each as one unsplit cell (line breaks: CRLF, LF or CR); a final line break ends the last line. */
    public static List<Line> lines(byte[] content, Limits limits) throws Refused {
        String text = decode(content);
        List<Line> lines = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                add(lines, new Line(line, List.of(field.toString())), limits);
                field.setLength(0);
                line++;
            } else {
                append(field, c, line, limits);
            }
        }
        if (field.length() > 0) {
            add(lines, new Line(line, List.of(field.toString())), limits);
        }
        return lines;
    }

    /** UTF-8 text without its BOM; the first byte that is not UTF-8 is refused naming its line. */
    public static String decode(byte[] bytes) throws Refused {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new Refused(ENCODING, line, line);
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Refuses a control character (NUL, ESC, DEL, C1 …; tab and line breaks are text) in a line read
     * some other way (a spreadsheet), as {@link #records} and {@link #lines} do while reading.
     */
    public static void refuseControlCharacters(Line line) throws Refused {
        for (String cell : line.cells()) {
            for (int i = 0; i < cell.length(); i++) {
                refuseControl(cell.charAt(i), line.number());
            }
        }
    }

    private static void refuseControl(char c, int line) throws Refused {
        if (c != '\t' && c != '\n' && c != '\r' && Character.getType(c) == Character.CONTROL) {
            throw new Refused(CONTROL, line, line, String.format("U+%04X", (int) c));
        }
    }

    private static void append(StringBuilder field, char c, int line, Limits limits) throws Refused {
        refuseControl(c, line);
        if (field.length() >= limits.maxFieldLength()) {
            throw new Refused(FIELD_TOO_LONG, line, line, limits.maxFieldLength());
        }
        field.append(c);
    }

    private static void add(List<Line> lines, Line line, Limits limits) throws Refused {
        if (lines.size() >= limits.maxLines()) {
            throw new Refused(TOO_MANY_LINES, 0, limits.maxLines());
        }
        lines.add(line);
    }

    /** ';' when the first ten lines hold semicolons, at least as many as commas; ',' otherwise. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int lines = 0;
        for (int i = 0; i < text.length() && lines < 10; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                semicolons++;
            } else if (c == ',') {
                commas++;
            } else if (c == '\n') {
                lines++;
            }
        }
        return semicolons > 0 && semicolons >= commas ? ';' : ',';
    }
}
