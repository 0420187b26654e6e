import { createStore, type StoreApi } from 'zustand/vanilla';

/** What is selected on the canvas; ids into the document, never copies of its records. */
export interface Selection {
  teams: string[];
  handoffs: string[];
}

export type Overlay = 'before' | 'after';

/** The side panels a person can collapse to give the canvas the room. */
export type SidePanel = 'palette' | 'inspector';

/**
 * A request to move keyboard focus to the control that edits one document value, named by its JSON
 * path (`teams[5].headcount`, `scenarios[2].sigmaFirst`). Controls carry the path as `data-path`;
 * `seq` makes a repeated request for the same path a new one.
 */
/**
 * The presentation under way: the position among the steps the audience sees, and whether the
 * facilitator stepped out to edit live (the presentation waits, hidden, to come back to that step).
 */
export interface PresentationState {
  step: number;
  editing: boolean;
  /** The scenario chosen when the presentation began: it tells the default story. */
  scenario: string | null;
  /** Digits of a step number typed so far. */
  typed?: string;
  blank?: boolean;
  laser?: boolean;
}

export interface FocusRequest {
  path: string;
  seq: number;
}

/**
 * Editor state that is never saved in the document, never exported and never undone.
 * (The viewport lives in React Flow and is written to `doc.view` only by autosave.)
 */
export interface UiState {
  selection: Selection;
  scenarioId: string | null;
  quarter: number | null;
  overlay: Overlay;
  openPanel: string | null;
  /** A message for the status line, e.g. a refused self-connection. */
  notice: { kind: 'info' | 'warning' | 'error'; text: string } | null;
  focusRequest: FocusRequest | null;
  /** The team whose explanation is shown; it stays while the selection moves to a field elsewhere. */
  explainTeam: string | null;
  /** Whether each side panel is open; null until a person chooses (the shell then decides by the window's width). */
  sidePanels: Record<SidePanel, boolean | null>;
  /** Null when not presenting. */
  presentation: PresentationState | null;
  /** Whether the canvas's overview map is shown; null until a person chooses (then it follows the window's width). */
  minimap: boolean | null;
  select(selection: Partial<Selection>): void;
  clearSelection(): void;
  setScenario(id: string | null): void;
  setQuarter(q: number | null): void;
  setOverlay(o: Overlay): void;
  setOpenPanel(p: string | null): void;
  notify(kind: 'info' | 'warning' | 'error', text: string): void;
  dismissNotice(): void;
  requestFocus(path: string): void;
  /** Shows a team's explanation (clicking a team or one of its numbers); null closes it. */
  explain(team: string | null): void;
  setSidePanel(panel: SidePanel, open: boolean): void;
  setPresentation(p: PresentationState | null): void;
  setMinimap(shown: boolean): void;
}

export function createUiStore(): StoreApi<UiState> {
  return createStore<UiState>()((set) => ({
    selection: { teams: [], handoffs: [] },
    scenarioId: null,
    quarter: null,
    overlay: 'before',
    openPanel: null,
    notice: null,
    focusRequest: null,
    explainTeam: null,
    sidePanels: { palette: null, inspector: null },
    presentation: null,
    minimap: null,
    select: (s) => set({ selection: { teams: s.teams ?? [], handoffs: s.handoffs ?? [] } }),
    clearSelection: () => set({ selection: { teams: [], handoffs: [] } }),
    setScenario: (scenarioId) => set({ scenarioId }),
    setQuarter: (quarter) => set({ quarter }),
    setOverlay: (overlay) => set({ overlay }),
    setOpenPanel: (openPanel) => set({ openPanel }),
    notify: (kind, text) => set({ notice: { kind, text } }),
    dismissNotice: () => set({ notice: null }),
    requestFocus: (path) => set((s) => ({ focusRequest: { path, seq: (s.focusRequest?.seq ?? 0) + 1 } })),
    explain: (explainTeam) => set({ explainTeam }),
    setSidePanel: (panel, open) => set((s) => ({ sidePanels: { ...s.sidePanels, [panel]: open } })),
    setPresentation: (presentation) => set({ presentation }),
    setMinimap: (minimap) => set({ minimap }),
  }));
}
