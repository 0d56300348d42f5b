package id.sinergi.monitoring.domain;

import static id.sinergi.monitoring.domain.ResultImportReader.MAX_CELLS;
import static id.sinergi.monitoring.domain.ResultImportReader.MAX_COLUMNS;
import static id.sinergi.monitoring.domain.ResultImportReader.MAX_FORMULAS;
import static id.sinergi.monitoring.domain.ResultImportReader.MAX_FORMULA_DEPTH;
import static id.sinergi.monitoring.domain.ResultImportReader.MAX_MERGED_CELLS;
import static id.sinergi.monitoring.domain.ResultImportReader.MAX_MERGED_REGIONS;
import static id.sinergi.monitoring.domain.ResultImportReader.MAX_ROWS;

import id.sinergi.monitoring.domain.ResultImportReader.Unreadable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaParsingWorkbook;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.ptg.RefPtgBase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The structural limits of an uploaded workbook, checked before the work they bound: an .xlsx is
 * first inflated entry by entry with counted bytes (a zip bomb stops at the limit), then every
 * worksheet is streamed (SAX) counting rows, columns, cells, merged regions and formulas, all before
 * POI builds the workbook in memory. The loaded workbook (also .xls) is checked again the same way;
 * formulas are then evaluated in dependency order, so POI's evaluator, which recurses once per
 * uncached reference, never goes deeper than one level, and chains deeper than
 * {@link ResultImportReader#MAX_FORMULA_DEPTH} are refused.
 */
final class ExcelLimits {

    static final int MAX_ZIP_ENTRIES = 1_000;
    static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    /** An entry may inflate at most 100 times its compressed size (POI's own default ratio, 0.01). */
    static final int MAX_INFLATE_FACTOR = 100;
    /** Below this size an entry's ratio is not judged: small XML parts compress very well. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private ExcelLimits() {
    }

    /** The zip itself, then every worksheet streamed. */
    static void checkXlsx(byte[] content) throws Unreadable {
        checkZip(content);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            SheetCounter counter = new SheetCounter();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    counter.sheet = sheets.getSheetName();
                    counter.row = 0;
                    counter.column = -1;
                    counter.merged = 0;
                    counter.mergedCells = 0;
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(counter);
                    xml.parse(new InputSource(sheet));
                }
            }
        } catch (LimitReached e) {
            throw e.unreadable;
        } catch (Exception e) {
            throw new Unreadable("result.import.file.unreadable", 0, e.getClass().getSimpleName());
        }
    }

    /** Inflates every entry counting the bytes really produced; the sizes the zip declares are not trusted. */
    static void checkZip(byte[] content) throws Unreadable {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new Unreadable("result.import.file.zip.entries", 0, MAX_ZIP_ENTRIES);
                }
                long size = 0;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES || total > MAX_INFLATED_BYTES) {
                        throw new Unreadable("result.import.file.zip.size", 0, MAX_ENTRY_BYTES / 1024 / 1024,
                                MAX_INFLATED_BYTES / 1024 / 1024);
                    }
                }
                long compressed = entry.getCompressedSize();
                if (size > RATIO_GRACE_BYTES && (compressed <= 0 || size > compressed * MAX_INFLATE_FACTOR)) {
                    throw new Unreadable("result.import.file.zip.ratio", 0, MAX_INFLATE_FACTOR);
                }
            }
        } catch (IOException e) {
            throw new Unreadable("result.import.file.unreadable", 0, e.getClass().getSimpleName());
        }
    }

    /** The loaded workbook, every sheet: rows, columns, cells, merged regions, formulas. */
    static void check(Workbook workbook) throws Unreadable {
        long cells = 0;
        int formulas = 0;
        for (Sheet sheet : workbook) {
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw new Unreadable("result.import.file.rows", 0, sheet.getSheetName(), MAX_ROWS);
            }
            int merged = sheet.getNumMergedRegions();
            if (merged > MAX_MERGED_REGIONS) {
                throw new Unreadable("result.import.file.merged", 0, sheet.getSheetName(), MAX_MERGED_REGIONS);
            }
            long mergedCells = 0;
            for (int i = 0; i < merged; i++) {
                mergedCells += mergedArea(sheet.getSheetName(), sheet.getMergedRegion(i), mergedCells);
            }
            for (Row row : sheet) {
                if (row.getLastCellNum() > MAX_COLUMNS) {
                    throw new Unreadable("result.import.file.columns", row.getRowNum() + 1, sheet.getSheetName(),
                            MAX_COLUMNS, row.getRowNum() + 1);
                }
                cells += row.getPhysicalNumberOfCells();
                if (cells > MAX_CELLS) {
                    throw new Unreadable("result.import.file.cells", 0, MAX_CELLS);
                }
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA && ++formulas > MAX_FORMULAS) {
                        throw new Unreadable("result.import.file.formulas", 0, MAX_FORMULAS);
                    }
                }
            }
        }
    }

    /** The cells of one merged region, refused when it reaches past the limits or the merged total grows too large. */
    private static long mergedArea(String sheet, CellRangeAddress region, long before) throws Unreadable {
        if (region.getLastRow() >= MAX_ROWS || region.getLastColumn() >= MAX_COLUMNS || region.getFirstRow() < 0
                || region.getFirstColumn() < 0) {
            throw new Unreadable("result.import.file.mergedBounds", 0, sheet, region.formatAsString(), MAX_ROWS,
                    MAX_COLUMNS);
        }
        long area = (long) (region.getLastRow() - region.getFirstRow() + 1)
                * (region.getLastColumn() - region.getFirstColumn() + 1);
        if (before + area > MAX_MERGED_CELLS) {
            throw new Unreadable("result.import.file.mergedCells", 0, sheet, MAX_MERGED_CELLS);
        }
        return area;
    }

    /**
     * Evaluates every formula cell after the formula cells it refers to (references to cells and
     * ranges, on any sheet), so each evaluation finds its inputs already computed; a chain deeper
     * than {@link ResultImportReader#MAX_FORMULA_DEPTH} is refused naming its cell. Formulas that
     * cannot be parsed are left to the reader (their cached result).
     */
    static void evaluateInDependencyOrder(Workbook workbook, FormulaEvaluator evaluator) throws Unreadable {
        FormulaParsingWorkbook parsing = workbook instanceof XSSFWorkbook xssf
                ? XSSFEvaluationWorkbook.create(xssf)
                : org.apache.poi.hssf.usermodel.HSSFEvaluationWorkbook.create(
                        (org.apache.poi.hssf.usermodel.HSSFWorkbook) workbook);
        // Formula cells per sheet, by row then column, to find those inside a referenced range.
        List<NavigableMap<Integer, NavigableMap<Integer, Cell>>> formulaCells = new ArrayList<>();
        List<Cell> all = new ArrayList<>();
        for (Sheet sheet : workbook) {
            NavigableMap<Integer, NavigableMap<Integer, Cell>> rows = new TreeMap<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        rows.computeIfAbsent(row.getRowNum(), k -> new TreeMap<>()).put(cell.getColumnIndex(), cell);
                        all.add(cell);
                    }
                }
            }
            formulaCells.add(rows);
        }
        Map<Cell, Integer> depth = new HashMap<>();
        for (Cell start : all) {
            if (depth.containsKey(start)) {
                continue;
            }
            // Iterative depth-first walk: a chain of any length never deepens the Java stack.
            Deque<Cell> path = new ArrayDeque<>();
            Deque<List<Cell>> pending = new ArrayDeque<>();
            path.push(start);
            pending.push(references(start, workbook, parsing, formulaCells));
            depth.put(start, 0);
            while (!path.isEmpty()) {
                List<Cell> next = pending.peek();
                Cell cell = path.peek();
                if (!next.isEmpty()) {
                    Cell reference = next.remove(next.size() - 1);
                    if (!depth.containsKey(reference)) {
                        if (path.size() >= MAX_FORMULA_DEPTH) {
                            throw new Unreadable("result.import.file.formulaDepth", 0,
                                    new CellReference(reference).formatAsString(true), MAX_FORMULA_DEPTH);
                        }
                        depth.put(reference, 0);
                        path.push(reference);
                        pending.push(references(reference, workbook, parsing, formulaCells));
                    }
                    // a reference already on the path is a cycle: POI reports it as an error value
                    continue;
                }
                path.pop();
                pending.pop();
                int own = 1;
                for (Cell input : references(cell, workbook, parsing, formulaCells)) {
                    own = Math.max(own, depth.getOrDefault(input, 0) + 1);
                }
                depth.put(cell, own);
                if (own > MAX_FORMULA_DEPTH) {
                    throw new Unreadable("result.import.file.formulaDepth", 0,
                            new CellReference(cell).formatAsString(true), MAX_FORMULA_DEPTH);
                }
                try {
                    evaluator.evaluate(cell);
                } catch (RuntimeException notEvaluable) {
                    // read later from its cached result
                }
            }
        }
    }

    /** The formula cells a formula refers to directly. */
    private static List<Cell> references(Cell cell, Workbook workbook, FormulaParsingWorkbook parsing,
            List<NavigableMap<Integer, NavigableMap<Integer, Cell>>> formulaCells) {
        List<Cell> found = new ArrayList<>();
        int sheetIndex = workbook.getSheetIndex(cell.getSheet());
        Ptg[] ptgs;
        try {
            ptgs = FormulaParser.parse(cell.getCellFormula(), parsing, FormulaType.CELL, sheetIndex, cell.getRowIndex());
        } catch (FormulaParseException | IllegalStateException | IllegalArgumentException e) {
            return found;
        }
        for (Ptg ptg : ptgs) {
            if (ptg instanceof RefPtgBase ref) {
                int target = ptg instanceof Ref3DPxg ref3d ? workbook.getSheetIndex(ref3d.getSheetName()) : sheetIndex;
                collect(formulaCells, target, ref.getRow(), ref.getRow(), ref.getColumn(), ref.getColumn(), found);
            } else if (ptg instanceof AreaPtgBase area) {
                int target = ptg instanceof Area3DPxg area3d ? workbook.getSheetIndex(area3d.getSheetName()) : sheetIndex;
                collect(formulaCells, target, area.getFirstRow(), area.getLastRow(), area.getFirstColumn(),
                        area.getLastColumn(), found);
            }
        }
        return found;
    }

    private static void collect(List<NavigableMap<Integer, NavigableMap<Integer, Cell>>> formulaCells, int sheet,
            int firstRow, int lastRow, int firstColumn, int lastColumn, List<Cell> found) {
        if (sheet < 0 || sheet >= formulaCells.size()) {
            return;
        }
        for (NavigableMap<Integer, Cell> row : formulaCells.get(sheet)
                .subMap(Math.min(firstRow, lastRow), true, Math.max(firstRow, lastRow), true).values()) {
            found.addAll(row.subMap(Math.min(firstColumn, lastColumn), true, Math.max(firstColumn, lastColumn), true)
                    .values());
        }
    }

    /** A limit reached while streaming a sheet; carries the refusal out of the SAX parser. */
    private static final class LimitReached extends SAXException {
        final transient Unreadable unreadable;

        LimitReached(Unreadable unreadable) {
            super(unreadable.messageKey);
            this.unreadable = unreadable;
        }
    }

    /** Counts a worksheet's rows, cells, merged regions and formulas while it streams by. */
    private static final class SheetCounter extends DefaultHandler {
        String sheet;
        int row;
        int column;
        int merged;
        long mergedCells;
        long cells;
        int formulas;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            try {
                switch (name) {
                    case "row" -> {
                        String r = attributes.getValue("r");
                        row = r == null ? row + 1 : Integer.parseInt(r);
                        column = -1;
                        if (row > MAX_ROWS) {
                            throw new Unreadable("result.import.file.rows", 0, sheet, MAX_ROWS);
                        }
                    }
                    case "c" -> {
                        String r = attributes.getValue("r");
                        column = r == null ? column + 1 : new CellReference(r).getCol();
                        if (column >= MAX_COLUMNS) {
                            throw new Unreadable("result.import.file.columns", row, sheet, MAX_COLUMNS, row);
                        }
                        if (++cells > MAX_CELLS) {
                            throw new Unreadable("result.import.file.cells", 0, MAX_CELLS);
                        }
                    }
                    case "f" -> {
                        if (++formulas > MAX_FORMULAS) {
                            throw new Unreadable("result.import.file.formulas", 0, MAX_FORMULAS);
                        }
                    }
                    case "mergeCell" -> {
                        if (++merged > MAX_MERGED_REGIONS) {
                            throw new Unreadable("result.import.file.merged", 0, sheet, MAX_MERGED_REGIONS);
                        }
                        mergedCells += mergedArea(sheet, CellRangeAddress.valueOf(attributes.getValue("ref")),
                                mergedCells);
                    }
                    default -> {
                    }
                }
            } catch (Unreadable e) {
                throw new LimitReached(e);
            } catch (RuntimeException e) {
                throw new SAXException(e);
            }
        }
    }
}
