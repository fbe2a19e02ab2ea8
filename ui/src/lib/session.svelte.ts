// Why: the state that outlives a single screen: which screen is showing, the consultation the
// back end confirmed, and what the user typed on the start screen (kept when an error occurs
// or when they come back to the start screen).

import type { Consultation } from './ipc-types';

export type Screen = 'start' | 'condition';

export type StartDraft = {
  patientLocale: string;
  patientLabel: string;
  clinicianName: string;
};

class Session {
  screen = $state<Screen>('start');
  consultation = $state.raw<Consultation | null>(null);
  draft = $state<StartDraft>({ patientLocale: '', patientLabel: '', clinicianName: '' });

  /** Shows the condition screen for a consultation the back end has confirmed. */
  open(consultation: Consultation): void {
    this.consultation = consultation;
    this.screen = 'condition';
  }

  /** Back to the start screen; the consultation and the typed text stay. */
  back(): void {
    this.screen = 'start';
  }
}

export const session = new Session();
