package id.sinergi.monitoring.domain;

import id.sinergi.assessment.AssessmentFinalized;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A government's final stage, once frozen, becomes its (unpublished) result of the year; the result
 * of a sample evaluation is recorded as sample (data contoh), with the period as its source. The
 * index and predicate are recorded as the event carries them: the calculator presented them with the
 * instrument version the period pinned ({@code Instrument.present}), which a later version must not redo.
 */
@Component
class FinalResults {

    private final ResultService results;

    FinalResults(ResultService results) {
        this.results = results;
    }

    @EventListener
    void finalized(AssessmentFinalized event) {
        results.recordFinal(event.governmentId(), event.year(), event.instrumentCode(), event.index(), event.indexExact(),
                event.predicate(), event.periodName(), event.sample());
    }
}
