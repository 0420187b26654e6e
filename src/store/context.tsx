import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { FivefoldDocument } from '../model';
import { createDocumentStore, type DocumentState } from './documentStore';
import { createUiStore, type UiState } from './uiStore';

export interface Stores {
  document: StoreApi<DocumentState>;
  ui: StoreApi<UiState>;
}

/** Both stores for one editor; tests make their own with `createStores(doc)`. */
export function createStores(doc: FivefoldDocument): Stores {
  return { document: createDocumentStore(doc), ui: createUiStore() };
}

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores must be used inside <StoresProvider>');
  return stores;
}

/** Reads one narrow slice of the document store; pass a selector that returns a stable value. */
export function useDoc<T>(selector: (s: DocumentState) => T): T {
  return useStore(useStores().document, selector);
}

/** Reads one narrow slice of the UI store. */
export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(useStores().ui, selector);
}
