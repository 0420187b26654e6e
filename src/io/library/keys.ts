/** The small things kept in localStorage/sessionStorage beside the library, and shared wording. */
import { problemLine, type Problem } from '../../model';

/** Which model a tab (sessionStorage) or the browser (localStorage) had open last. */
export const OPEN_KEY = 'fivefold:open';
/** What a closing tab had not saved yet, written synchronously; the next start puts it in the library. */
export const JOURNAL_KEY = 'fivefold:journal';
/** Set once the single localStorage save of earlier builds has been copied into the library. */
export const MIGRATED_KEY = 'fivefold:migrated';

/** The first few problems of an unreadable save, as one clause. */
export function readableReason(problems: Problem[]): string {
  return problems
    .slice(0, 3)
    .map((p) => problemLine(p).replace(/\.$/, ''))
    .join('; ');
}
