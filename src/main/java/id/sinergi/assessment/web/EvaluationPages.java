package id.sinergi.assessment.web;

import id.sinergi.assessment.AssessmentBoard;
import id.sinergi.assessment.Comment;
import id.sinergi.assessment.Contribution;
import id.sinergi.assessment.Contributions;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageSnapshot;
import id.sinergi.assessment.StageValue;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.evidence.EvidenceFile;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Government;
import java.util.List;
import java.util.Map;

/** View models of the evaluation pages (public: the precompiled jte templates read them). */
public final class EvaluationPages {

    private EvaluationPages() {
    }

    /** {@code edit}: the schedule form of one period sent back with its problem, else null. */
    public record PeriodsPage(List<EvaluationPeriod> periods, List<InstrumentOption> instruments, PeriodForm form,
            String notice, List<String> errors, ScheduleEdit edit) {

        /** The date to show in a period's schedule form: what the admin typed, else the stored window. */
        public String date(EvaluationPeriod period, String field) {
            if (edit != null && edit.periodId() == period.id()) {
                return edit.dates().getOrDefault(field, "");
            }
            Stage stage = Stage.valueOf(field.substring(field.indexOf('_') + 1));
            return (field.startsWith("opens_") ? period.window(stage).opensOn() : period.window(stage).closesOn()).toString();
        }

        public boolean editing(EvaluationPeriod period) {
            return edit != null && edit.periodId() == period.id();
        }
    }

    /** A period's schedule as the admin typed it, with what was wrong. */
    public record ScheduleEdit(long periodId, Map<String, String> dates, List<String> errors) {
    }

    public record InstrumentOption(String code, String label) {
    }

    /** What the admin typed, echoed back when something is wrong. */
    public record PeriodForm(String year, String name, String instrumentCode, Map<String, String> dates,
            String governments, boolean allRegional, boolean sample) {

        public String date(String field) {
            return dates.getOrDefault(field, "");
        }
    }

    /** {@code options}: "" (current answers) and the frozen stages; {@code selected} is one of them. */
    public record IndexPage(Government government, EvaluationPeriod period, List<String> options, String selected,
            id.sinergi.assessment.IndexBreakdown breakdown) {
    }

    /** A government's evidence: each latest file or link, its older versions and where it is used. */
    /** {@code canAdd}: the reader supplies evidence (coordinator, operator), so the forms to add and replace are shown. */
    public record LibraryPage(Government government, List<LibraryEntry> entries, long maxMb, boolean canAdd, String notice,
            List<String> errors) {
    }

    public record LibraryEntry(EvidenceFile file, List<EvidenceFile> olderVersions, List<String> usedBy) {
    }

    /** {@code ownAgencies}: the OPDs the reader operates for, linked straight to their work in each period. */
    public record GovernmentPeriodsPage(Government government, List<EvaluationPeriod> periods, List<Agency> ownAgencies) {
    }

    /** An OPD's work in a period: its assigned indicators, each with the choices of the pinned instrument. */
    public record WorkPage(Government government, EvaluationPeriod period, Agency agency, List<WorkRow> rows,
            boolean integerScale, String min, String max, List<EvidenceFile> library, Conflict conflict, String notice,
            List<String> errors) {

        /** The library files not yet attached to this row, to pick from. */
        public List<EvidenceFile> attachable(WorkRow row) {
            var attached = row.item().evidence().stream().map(EvidenceFile::id).collect(java.util.stream.Collectors.toSet());
            return library.stream().filter(f -> !attached.contains(f.id())).toList();
        }

        /** Whether a level choice is the value shown (compared as decimals: "3" equals "3.00"). */
        public boolean selected(String shown, String choice) {
            return shown != null && id.sinergi.shared.DecimalInput.parse(shown)
                    .map(v -> v.compareTo(new java.math.BigDecimal(choice)) == 0).orElse(false);
        }

        public Conflict conflictOn(String indicatorCode) {
            return conflict != null && conflict.indicatorCode().equals(indicatorCode) ? conflict : null;
        }
    }

    /**
     * A save that lost to someone else's: what the writer typed, and what is stored now. The form
     * is shown again with the writer's text and the stored version, so saving again is a decision.
     */
    public record Conflict(String indicatorCode, String value, String explanation, Contribution current) {
    }

    public record WorkRow(Contributions.WorkItem item, List<LevelChoice> choices, String levelCriteria,
            List<Comment> comments) {
    }

    public record LevelChoice(String value, String label) {
    }

    /** One indicator's contributions, for the coordinator's review. */
    /**
     * One indicator for the coordinator: every OPD's contribution with its evidence, the instansi's
     * answer and, while the self-assessment is open, the form that consolidates it.
     */
    public record ReviewPage(Government government, EvaluationPeriod period, String indicatorCode, String indicatorName,
            List<ReviewRow> contributions, List<Comment> comments, boolean manage, boolean open,
            Contributions.AnswerView answer, AnswerForm form, List<LevelChoice> choices, boolean integerScale,
            String min, String max, List<EvidenceFile> evidenceChoices, String notice, List<String> errors) {

        public boolean chosen(EvidenceFile file) {
            return form.evidenceIds().contains(file.id());
        }
    }

    /** What the consolidation form shows: the stored answer, or what the coordinator typed after a refusal. */
    public record AnswerForm(String value, String explanation, List<Long> evidenceIds, int version) {
    }

    public record ReviewRow(Contribution contribution, String agencyName, List<EvidenceFile> evidence) {
    }

    public record BoardPage(Government government, AssessmentBoard board, List<Agency> agencies, boolean manage,
            boolean assess, List<StageSnapshot> snapshots, String notice, List<String> errors) {

        public boolean frozen(Stage stage) {
            return snapshots.stream().anyMatch(s -> s.stage() == stage);
        }
    }

    /** One assessor stage: each indicator with the self-assessment answer and the stage's value. */
    public record StagePage(Government government, EvaluationPeriod period, Stage stage, List<StageRow> rows,
            List<AgencyGapRow> agencyGaps, boolean frozen, boolean assess, List<String> myAspects, boolean integerScale,
            String min, String max, String notice, List<String> errors) {
    }

    public record AgencyGapRow(String agencyName, id.sinergi.assessment.AgencyGap gap) {
    }

    /** {@code editable}: the reader assesses this indicator's aspect (assessors may be limited to some aspects). */
    public record StageRow(String indicatorCode, String indicatorName, java.math.BigDecimal self, StageValue value,
            String gap, boolean editable) {
    }
}
