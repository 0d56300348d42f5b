package id.sinergi.framework;

import java.util.List;
import java.util.Optional;

/** Reads instruments. The published version of a code is the one everybody scores with. */
public interface InstrumentCatalog {

    Optional<Instrument> findPublished(String code);

    /**
     * A specific published or retired version (drafts are not usable): what an evaluation period pinned,
     * so that later versions never change its numbers.
     */
    Optional<Instrument> findVersion(String code, int version);

    /** The published version of a code together with its version record. */
    Optional<PublishedInstrument> findPublishedVersion(String code);

    /** The published version of every instrument, newest regulation first. */
    List<PublishedInstrument> listPublished();

    List<InstrumentVersion> versions(String code);

    record PublishedInstrument(Instrument instrument, InstrumentVersion version) {
    }
}
