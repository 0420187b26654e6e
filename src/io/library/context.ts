import { createContext, useContext } from 'react';
import type { ModelSession } from './session';

/** The app's model session; null where no library runs (tests of single panels). */
export const LibraryContext = createContext<ModelSession | null>(null);

export const useLibrary = () => useContext(LibraryContext);
