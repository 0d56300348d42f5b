package id.sinergi.framework;

import id.sinergi.shared.Actor;

/** Changes the instrument registry: new drafts from files, publication. National admins only. */
public interface InstrumentAdministration {

    /**
     * Validates the file and stores it as the next draft version of its code.
     *
     * @throws InvalidInstrumentException listing every problem when the file is not a valid instrument
     */
    InstrumentVersion importDraft(Actor actor, byte[] json);

    /**
     * Publishes a draft; the previously published version of the same code is retired.
     *
     * @throws InstrumentNotFoundException when there is no such version
     * @throws InstrumentStateException when the version is not a draft
     */
    InstrumentVersion publish(Actor actor, String code, int version);
}
