import type { Stores } from '../store/context';
import type { StoryStep } from '../model/story';

/**
 * Puts the editor where a story step is, for "E edits live at this step": the step's scenario and
 * quarter in After, its layer's or focus's teams selected, Before for the title and the relay.
 */
export function showStepInEditor(stores: Stores, step: StoryStep): void {
  const ui = stores.ui.getState();
  const doc = stores.document.getState().doc;
  switch (step.kind) {
    case 'quarter':
      ui.setScenario(step.scenario);
      ui.setQuarter(step.quarter);
      ui.setOverlay('after');
      break;
    case 'headline':
    case 'ranges':
    case 'caveat':
      ui.setScenario(step.scenario);
      ui.setQuarter(null);
      ui.setOverlay('after');
      break;
    case 'layer':
      ui.setOverlay('before');
      ui.select({ teams: doc.teams.filter((t) => t.layer === step.layer).map((t) => t.id) });
      break;
    case 'focus':
      ui.select({ teams: step.teams.filter((id) => doc.teams.some((t) => t.id === id)) });
      break;
    default:
      ui.setOverlay('before');
  }
}
