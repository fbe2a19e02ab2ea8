// Why: the state that outlives a single screen: which step of the consultation is showing (the
// clinician may jump to any step), the consultation record the back end holds (every change is
// sent to Rust and the answer replaces the local copy, so screen and paper read one record),
// what the user typed on the start screen, the condition overview and comparison the steps
// share, and the clinician or large-text patient view.

import { compareOptions, conditionOverview, storageNotices, toIpcError, updateConsultation } from './backend';
import type {
  ClinicSettings,
  Comparison,
  ConditionOverview,
  ConditionSummary,
  Consultation,
  ConsultationChange,
  IpcError,
  OptionDetail,
  Reference,
} from './ipc-types';

/** The steps of a consultation, in order. */
export const STEPS = [
  'start',
  'condition',
  'course',
  'options',
  'compare',
  'visuals',
  'matters',
  'questions',
  'ready',
  'decision',
] as const;
export type Step = (typeof STEPS)[number];

export type View = 'clinician' | 'patient';

export type StartDraft = {
  patientLocale: string;
  patientLabel: string;
  clinicianName: string;
};

class Session {
  step = $state<Step>('start');
  /** A change could not be written to disk this session (it is kept in memory). */
  notSaved = $state(false);
  view = $state<View>('clinician');
  consultation = $state.raw<Consultation | null>(null);
  draft = $state<StartDraft>({ patientLocale: '', patientLabel: '', clinicianName: '' });
  /** The clinic settings in force (null until read at start). */
  settings = $state.raw<ClinicSettings | null>(null);
  /** The clinic settings screen is open (from the start screen, between visits). */
  settingsOpen = $state(false);
  /** The conditions list_conditions gave. */
  conditions = $state.raw<ConditionSummary[]>([]);
  /** The overview for the consultation's condition and stage. */
  overview = $state.raw<ConditionOverview | null>(null);
  /** The comparison for the consultation's compared options (null until asked). */
  comparison = $state.raw<Comparison | null>(null);
  /** The option whose details are open over the current step, or null. */
  optionId = $state<string | null>(null);
  /** The option whose details were open last (focus returns to its button). */
  lastOptionId = $state<string | null>(null);

  /** References of the current overview by id, for the Sources panels. */
  references: Map<string, Reference> = $derived(
    new Map((this.overview?.references ?? []).map((reference) => [reference.id, reference])),
  );

  /** The option the details screen shows, or null. */
  get option(): OptionDetail | null {
    return this.overview?.options.find((option) => option.id === this.optionId) ?? null;
  }

  /** The options that apply and the clinic offers (not hidden), in content order. */
  get offered(): OptionDetail[] {
    const hidden = this.consultation?.hiddenOptions ?? [];
    return (this.overview?.options ?? []).filter((option) => !hidden.includes(option.id));
  }

  /** The compared options, in content order. */
  get compared(): OptionDetail[] {
    const ids = this.consultation?.comparedOptions ?? [];
    return (this.overview?.options ?? []).filter((option) => ids.includes(option.id));
  }

  /** Shows the first step after start for a consultation the back end has confirmed. */
  open(consultation: Consultation): void {
    this.consultation = consultation;
    this.step = 'condition';
  }

  goto(step: Step): void {
    this.optionId = null;
    this.step = step;
  }

  /** Back to the start screen; the consultation and the typed text stay. */
  back(): void {
    this.goto('start');
  }

  /** Shows every detail of one option of the current overview. */
  showOption(id: string): void {
    this.optionId = id;
    this.lastOptionId = id;
  }

  /** Closes the details; lastOptionId stays so focus can return to its button. */
  closeOption(): void {
    this.optionId = null;
  }

  /** After end_consultation: forget everything about the patient and go back to the start. */
  endLocally(): void {
    this.consultation = null;
    this.overview = null;
    this.comparison = null;
    this.optionId = null;
    this.lastOptionId = null;
    this.draft = { patientLocale: this.draft.patientLocale, patientLabel: '', clinicianName: this.draft.clinicianName };
    this.step = 'start';
  }

  /** Sends one change to the back end; the answer becomes the record. Returns the error, if any. */
  async change(change: ConsultationChange): Promise<IpcError | null> {
    try {
      this.consultation = await updateConsultation(change);
      void this.checkSaved();
      if (change.change === 'set-compared' || change.change === 'set-hidden' || change.change === 'choose-condition') {
        this.comparison = null;
      }
      return null;
    } catch (raw) {
      return toIpcError(raw);
    }
  }

  /** Asks whether the last change reached the disk; a failure shows a lasting warning. */
  async checkSaved(): Promise<void> {
    try {
      if ((await storageNotices()).includes('not-saved')) {
        this.notSaved = true;
      }
    } catch {
      // Logged by the IPC layer; the warning is about the disk, not about this call.
    }
  }

  /** Loads the overview for the consultation's condition and stage (if not loaded already). */
  async loadOverview(): Promise<IpcError | null> {
    const c = this.consultation;
    if (!c?.conditionId) {
      this.overview = null;
      return null;
    }
    const fits =
      this.overview !== null &&
      this.overview.condition.id === c.conditionId &&
      (this.overview.stage?.id ?? null) === c.stageId;
    if (fits) {
      return null;
    }
    try {
      this.overview = await conditionOverview(c.conditionId, c.stageId);
      return null;
    } catch (raw) {
      return toIpcError(raw);
    }
  }

  /** Loads the comparison of the compared options. */
  async loadComparison(): Promise<IpcError | null> {
    try {
      this.comparison = await compareOptions();
      return null;
    } catch (raw) {
      return toIpcError(raw);
    }
  }
}

export const session = new Session();
