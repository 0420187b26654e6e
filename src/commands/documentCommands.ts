import { followStory } from '../model/story';
import type { Command } from './registry';
import {
  CURRENT_VERSION,
  DEFAULT_ASSUMPTIONS,
  presetScenarios,
  type Assumptions,
  type FivefoldDocument,
  type Initiative,
  type LayerId,
  type Scenario,
} from '../model';
import { applyPatch, patchRecord } from './ids';
import type { Recipe } from '../store/documentStore';
import { openAsNewModel } from '../io/openModel';

declare module './registry' {
  interface CommandArgs {
    'doc.new': NewDocumentArgs | undefined;
    'title.update': { title: string };
    'initiative.update': { patch: Partial<Initiative>; label?: string };
    'document.update': { patch: DocumentSettingsPatch; label?: string };
    'scenario.update': UpdateScenarioArgs;
  }
}

/**
 * The empty model of **New**: no teams, no handoffs, the three preset scenarios of simulation.md, and
 * an initiative of one quarter's working days for the user to fill in.
 * @example emptyDocument().teams.length // 0
 */
export function emptyDocument(): FivefoldDocument {
  return {
    format: 'fivefold',
    version: CURRENT_VERSION,
    title: 'Untitled model',
    currency: 'USD',
    initiative: { problem: '', metric: 'Outcome metric', baseline: 0, target: 0, windowDays: 65, measurementLagDays: 0 },
    teams: [],
    handoffs: [],
    assumptions: { ...DEFAULT_ASSUMPTIONS },
    scenarios: presetScenarios(),
  };
}

export interface NewDocumentArgs {
  /** Asks the person; the default is the browser's confirm dialog. Returning false changes nothing. */
  confirm?: (message: string) => boolean;
}

/** Why starting afresh is safe: the body of the in-page question, and the end of the browser's. */
export const NEW_DOCUMENT_REASSURANCE = 'The current model is kept: it stays in Models, one click away.';
export const NEW_DOCUMENT_QUESTION = `Start a new, empty model? ${NEW_DOCUMENT_REASSURANCE}`;

/**
 * `doc.new`: opens an empty model beside the others after a confirmation (`openAsNewModel`), so a
 * mistaken click never loses a model: the open one stays in Models (or, with no library, one Undo away).
 */
export const newDocument: Command<NewDocumentArgs | undefined> = {
  id: 'doc.new',
  label: 'New model',
  group: 'File',
  run(stores, args) {
    const confirm = args?.confirm ?? ((m: string) => typeof window !== 'undefined' && window.confirm(m));
    if (!confirm(NEW_DOCUMENT_QUESTION)) return;
    const fresh = emptyDocument();
    openAsNewModel(stores, fresh, { kind: 'new' });
    stores.ui.getState().setScenario(fresh.scenarios[0].id);
  },
};

/** `title.update` @example registry.run('title.update', stores, { title: 'Churn, take two' }) */
export const updateTitle: Command<{ title: string }> = {
  id: 'title.update',
  label: 'Rename model',
  group: 'Edit',
  run(stores, { title }) {
    stores.document.getState().commit('Rename model', (d) => {
      d.title = title;
    });
  },
};

/** `initiative.update` @example registry.run('initiative.update', stores, { patch: { target: 3 } }) */
export const updateInitiative: Command<{ patch: Partial<Initiative>; label?: string }> = {
  id: 'initiative.update',
  label: 'Edit initiative',
  group: 'Edit',
  run(stores, { patch, label }) {
    stores.document.getState().commit(label ?? 'Edit initiative', (d) => {
      applyPatch(d.initiative, patch);
    });
  },
};

export interface DocumentSettingsPatch {
  currency?: string;
  assumptions?: Partial<Assumptions>;
  /** A display name per layer; an empty name removes the override. */
  layerNames?: Partial<Record<LayerId, string>>;
}

/**
 * What `document.update` does to the document. An empty layer name removes the override (the layer
 * shows its default name again).
 */
const updateSettingsRecipe =
  (patch: DocumentSettingsPatch): Recipe =>
  (d) => {
    if (patch.currency !== undefined) d.currency = patch.currency;
    if (patch.assumptions) applyPatch(d.assumptions, patch.assumptions);
    for (const [id, name] of Object.entries(patch.layerNames ?? {}) as [LayerId, string][]) {
      const layers = (d.layers ??= []);
      const at = layers.findIndex((l) => l.id === id);
      if (!name) {
        if (at >= 0) layers.splice(at, 1);
      } else if (at >= 0) layers[at].name = name;
      else layers.push({ id, name });
      if (!layers.length) delete d.layers;
    }
  };

/** `document.update`: currency, model assumptions and layer display names. */
export const updateDocumentSettings: Command<{ patch: DocumentSettingsPatch; label?: string }> = {
  id: 'document.update',
  label: 'Edit model settings',
  group: 'Edit',
  run(stores, { patch, label }) {
    stores.document.getState().commit(label ?? 'Edit model settings', updateSettingsRecipe(patch));
  },
};

export interface UpdateScenarioArgs {
  id: string;
  patch: Partial<Scenario>;
  label?: string;
}

/** What `scenario.update` does to the document. */
const updateScenarioRecipe =
  (id: string, patch: Partial<Scenario>): Recipe =>
  (d) => {
    if (patchRecord(d.scenarios, id, patch) && patch.id && patch.id !== id) followStory(d, { scenarios: { renamed: new Map([[id, patch.id]]) } });
  };

/** `scenario.update`: one scenario's fields; a changed id follows into the chosen scenario. */
export const updateScenario: Command<UpdateScenarioArgs> = {
  id: 'scenario.update',
  label: 'Edit scenario',
  group: 'Edit',
  canRun: (stores, args) => !!args && stores.document.getState().doc.scenarios.some((s) => s.id === args.id),
  run(stores, { id, patch, label }) {
    stores.document.getState().commit(label ?? 'Edit scenario', updateScenarioRecipe(id, patch));
    const ui = stores.ui.getState();
    if (patch.id && patch.id !== id && ui.scenarioId === id) ui.setScenario(patch.id);
  },
};
