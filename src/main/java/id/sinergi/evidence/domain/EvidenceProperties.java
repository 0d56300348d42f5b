package id.sinergi.evidence.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence files are kept (outside any public path), how large one may be, and how their text is
 * extracted: on {@code threads} background threads, at most {@code timeout} per file.
 */
@ConfigurationProperties("sinergi.evidence")
record EvidenceProperties(@DefaultValue("./data/evidence") String directory, @DefaultValue("50MB") DataSize maxSize,
        @DefaultValue Extraction extraction) {

    record Extraction(@DefaultValue("2") int threads, @DefaultValue("30s") Duration timeout) {
    }
}
