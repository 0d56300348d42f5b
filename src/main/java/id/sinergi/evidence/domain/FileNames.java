package id.sinergi.evidence.domain;

/** A name fit to show and to send back in Content-Disposition; never used as a path. */
final class FileNames {

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
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name.isBlank() ? "berkas" : name;
    }
}
