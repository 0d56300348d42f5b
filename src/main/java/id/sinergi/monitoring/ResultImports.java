package id.sinergi.monitoring;

import id.sinergi.shared.Actor;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Imports the Minister's published list of one year (CSV or Excel) into results, for national
 * admins: {@link #check} reads and validates without writing; {@link #apply} records every row in
 * one transaction only when the file is clean, and nothing otherwise.
 */
public interface ResultImports {

    /** Reads and validates the file; writes nothing. */
    ResultImport check(Actor actor, Upload upload);

    /**
     * Validates again and, only when there is no problem at all, records every row (source IMPORT,
     * published) and audits the import. A file with problems is returned with {@code applied} 0.
     */
    ResultImport apply(Actor actor, Upload upload);

    /** Every year that has results, newest first, with counts (national admins). */
    List<YearSummary> years(Actor actor);

    /** An uploaded list: the file, the year it lists, and its source (decree number, publication). */
    record Upload(String fileName, byte[] content, int year, String source) {

        public Upload {
            fileName = fileName == null ? "" : fileName.replaceAll("\\p{Cc}", "").strip();
            fileName = fileName.isEmpty() ? "berkas" : fileName;
            content = content == null ? new byte[0] : content;
        }

        /** Hex SHA-256 of the content: what a preview showed is what is applied. */
        public String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return fileName + " (" + content.length + " bytes, " + year + ", " + source + ")";
        }
    }

    /** Results of one year: how many, published, imported, from assessments; the instruments used. */
    record YearSummary(int year, String instruments, int results, int published, int imported, int assessments) {

        public int unpublished() {
            return results - published;
        }
    }
}
