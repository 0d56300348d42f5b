package id.sinergi.evidence.domain;

/** A name fit to show and to send back in Content-Disposition; never used as a path. */
final class FileNames {

    /** Characters kept of a long name, its extension included (never half a surrogate pair). */
    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static String sanitise(String raw) {
        String name = raw == null ? "" : raw;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").replaceAll("[<>:\"|?*]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            int end = MAX_LENGTH - extension.length();
            if (Character.isHighSurrogate(name.charAt(end - 1))) {
                end--;
            }
            name = name.substring(0, end).strip() + extension;
        }
        return name.isBlank() ? "berkas" : name;
    }
}
