package id.sinergi.monitoring.domain;

import id.sinergi.shared.CsvReader;
import id.sinergi.shared.CsvReader.Line;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an uploaded list into lines of text cells, whatever its format: CSV (through the shared
 * {@link CsvReader}: UTF-8 with or without BOM, comma or semicolon separated, quoted fields) or an Excel workbook (.xlsx or .xls, first sheet;
 * formulas evaluated, or their cached results when they cannot be; a merged cell's value fills every
 * cell it covers). Line numbers are those of the file (the spreadsheet's row number, the CSV line
 * where the record starts). Numbers from Excel are written plainly with at most 15 significant digits
 * (as Excel shows them), so a formula giving 3.5799999999999996 reads 3.58.
 */
final class ResultImportReader {

    /** The file could not be read; {@code messageKey} says why, {@code line} where (0 = the file as a whole). */
    static final class Unreadable extends Exception {
        final String messageKey;
        final int line;
        final List<Object> arguments;

        Unreadable(String messageKey, int line, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.line = line;
            this.arguments = List.of(arguments);
        }
    }

    /**
     * Limits checked before the work they bound, so a small hostile file cannot hold a request (and
     * the connection pool) for minutes. A national list has some 600 rows and a few dozen columns.
     */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 100;
    static final int MAX_CELLS = 200_000;
    static final int MAX_MERGED_REGIONS = 500;
    static final int MAX_MERGED_CELLS = 20_000;
    static final int MAX_FORMULAS = 3_000;
    static final int MAX_FORMULA_DEPTH = 1_000;
    /** The most a spreadsheet cell holds; a longer CSV field did not come from one. */
    static final int MAX_CELL_LENGTH = 32_767;
    private static final CsvReader.Limits CSV_LIMITS = new CsvReader.Limits(MAX_ROWS, MAX_COLUMNS, MAX_CELL_LENGTH);

    private ResultImportReader() {
    }

    static List<Line> read(byte[] content) throws Unreadable {
        if (content.length == 0) {
            throw new Unreadable("result.import.file.empty", 0);
        }
        if (content.length > MAX_BYTES) {
            throw new Unreadable("result.import.file.tooLarge", 0, String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        if (!isZip(content) && !isOle2(content)) {
            return csv(content);
        }
        if (isZip(content)) {
            ExcelLimits.checkXlsx(content);
        }
        List<Line> lines = excel(content);
        refuseControlCharacters(lines);
        return lines;
    }

    /**
     * A control character (NUL, ESC, DEL, C1 …; tab and line breaks are text) is never part of an
     * official list: it is refused naming its line rather than carried into a query or a page. The CSV
     * reader checks while reading; a workbook's cells are checked here.
     */
    static void refuseControlCharacters(List<Line> lines) throws Unreadable {
        try {
            for (Line line : lines) {
                CsvReader.refuseControlCharacters(line);
            }
        } catch (CsvReader.Refused e) {
            throw unreadable(e);
        }
    }

    private static boolean isZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOle2(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0;
    }

    static List<Line> excel(byte[] content) throws Unreadable {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new Unreadable("result.import.file.empty", 0);
            }
            ExcelLimits.check(workbook);
            Sheet sheet = workbook.getSheetAt(0);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            ExcelLimits.evaluateInDependencyOrder(workbook, evaluator);
            // The regions covering each row, so a cell looks only at its row's few regions.
            Map<Integer, List<CellRangeAddress>> mergedByRow = new HashMap<>();
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                    mergedByRow.computeIfAbsent(r, k -> new ArrayList<>()).add(region);
                }
            }
            List<Line> lines = new ArrayList<>();
            for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<CellRangeAddress> regions = mergedByRow.getOrDefault(r, List.of());
                int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
                for (CellRangeAddress region : regions) {
                    width = Math.max(width, region.getLastColumn() + 1);
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    CellRangeAddress region = regionAt(regions, c);
                    Cell cell;
                    if (region != null) {
                        Row first = sheet.getRow(region.getFirstRow());
                        cell = first == null ? null : first.getCell(region.getFirstColumn());
                    } else {
                        cell = row == null ? null : row.getCell(c);
                    }
                    cells.add(text(cell, evaluator));
                }
                lines.add(new Line(r + 1, cells));
            }
            return lines;
        } catch (StackOverflowError tooDeep) {
            // Last resort: a chain the dependency check cannot see (INDIRECT, names) recursed too deep.
            throw new Unreadable("result.import.file.formulaDepth", 0, "?", MAX_FORMULA_DEPTH);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("result.import.file.unreadable", 0, e.getClass().getSimpleName());
        }
    }

    private static CellRangeAddress regionAt(List<CellRangeAddress> regions, int column) {
        for (CellRangeAddress region : regions) {
            if (column >= region.getFirstColumn() && column <= region.getLastColumn()) {
                return region;
            }
        }
        return null;
    }

    private static String text(Cell cell, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            try {
                CellValue value = evaluator.evaluate(cell);
                return switch (value.getCellType()) {
                    case NUMERIC -> number(value.getNumberValue());
                    case STRING -> value.getStringValue().strip();
                    case BOOLEAN -> String.valueOf(value.getBooleanValue());
                    case ERROR -> FormulaError.forInt(value.getErrorValue()).getString();
                    default -> "";
                };
            } catch (RuntimeException notEvaluable) {
                type = cell.getCachedFormulaResultType();
            }
        }
        return switch (type) {
            case NUMERIC -> number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(value).round(new MathContext(15)).stripTrailingZeros()
                .toPlainString();
    }

    /** The shared reader's RFC 4180 records, within this import's limits. */
    static List<Line> csv(byte[] content) throws Unreadable {
        try {
            return CsvReader.records(content, CSV_LIMITS);
        } catch (CsvReader.Refused e) {
            throw unreadable(e);
        }
    }

    /** The shared reader's refusal as this import's message: the same line and arguments. */
    private static Unreadable unreadable(CsvReader.Refused refused) {
        String key = switch (refused.messageKey()) {
            case CsvReader.ENCODING -> "result.import.file.encoding";
            case CsvReader.CONTROL -> "result.import.file.control";
            case CsvReader.TOO_MANY_LINES -> "result.import.file.tooLong";
            case CsvReader.TOO_MANY_COLUMNS -> "result.import.file.columns.line";
            case CsvReader.FIELD_TOO_LONG -> "result.import.file.fieldTooLong";
            default -> throw new IllegalStateException(refused.messageKey());
        };
        return new Unreadable(key, refused.line(), refused.arguments().toArray());
    }
}
