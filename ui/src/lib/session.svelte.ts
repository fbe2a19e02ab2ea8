// Why: the state that outlives a single screen: which screen is showing, the consultation the
// back end confirmed, what the user typed on the start screen (kept when an error occurs or
// when they come back to the start screen), and the condition overview the condition and
// option screens share (so going to an option and back needs no new request and keeps the
// place on the page).

import type {
  ConditionOverview,
  ConditionSummary,
  Consultation,
  OptionDetail,
  Reference,
} from './ipc-types';

export type Screen = 'start' | 'condition' | 'option';

export type StartDraft = {
  patientLocale: string;
  patientLabel: string;
  clinicianName: string;
};

class Session {
  screen = $state<Screen>('start');
  consultation = $state.raw<Consultation | null>(null);
  draft = $state<StartDraft>({ patientLocale: '', patientLabel: '', clinicianName: '' });
  /** The conditions list_conditions gave (kept so coming back from an option needs no request). */
  conditions = $state.raw<ConditionSummary[]>([]);
  /** The overview shown on the condition screen, for the condition and stage chosen there. */
  overview = $state.raw<ConditionOverview | null>(null);
  /** The option the option screen shows (an id from overview.options). */
  optionId = $state<string | null>(null);

  /** References of the current overview by id, for the Sources panels. */
  references: Map<string, Reference> = $derived(
    new Map((this.overview?.references ?? []).map((reference) => [reference.id, reference])),
  );

  /** The option the option screen shows, or null. */
  get option(): OptionDetail | null {
    return this.overview?.options.find((option) => option.id === this.optionId) ?? null;
  }

  /** Shows the condition screen for a consultation the back end has confirmed. */
  open(consultation: Consultation): void {
    this.consultation = consultation;
    this.screen = 'condition';
  }

  /** Back to the start screen; the consultation and the typed text stay. */
  back(): void {
    this.screen = 'start';
  }

  /** Shows every detail of one option of the current overview. */
  showOption(id: string): void {
    this.optionId = id;
    this.screen = 'option';
  }

  /** From an option back to the condition screen; optionId stays so focus can return to it. */
  backToCondition(): void {
    this.screen = 'condition';
  }
}

export const session = new Session();
