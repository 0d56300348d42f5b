package id.sinergi.evidence.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Where evidence files are kept (outside any public path) and how large one may be. */
@ConfigurationProperties("sinergi.evidence")
record EvidenceProperties(@DefaultValue("./data/evidence") String directory, @DefaultValue("50MB") DataSize maxSize) {
}
