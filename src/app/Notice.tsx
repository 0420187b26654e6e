import { useEffect } from 'react';
import { useStores, useUi } from '../store/context';

/** How long a plain information ("Opened plan.json.") stays; warnings and errors stay until dismissed. */
export const INFO_NOTICE_MS = 6000;

/**
 * The latest notice (a refused connection, an import's warnings) as a message that floats just above
 * the results dock, so it costs the canvas no row of its own. The live region is always in the page
 * (screen readers announce what appears in it) and takes no room while it is empty. Information
 * fades by itself so it never sits over a projected canvas; a warning waits for the person.
 * @example <Notice /> // shows ui.notice until it is dismissed or replaced
 */
export function Notice() {
  const notice = useUi((s) => s.notice);
  const { ui } = useStores();

  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => {
      if (ui.getState().notice === notice) ui.getState().dismissNotice();
    }, INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, ui]);

  return (
    <div className={`notice-anchor${notice ? ' has-notice' : ''}`}>
      <div className={`notice-toast${notice ? ` notice-${notice.kind}` : ''}`}>
        <div role="status" data-testid="notice" className="notice">
          {notice?.text}
        </div>
        {notice && (
          <button type="button" className="notice-dismiss" onClick={() => ui.getState().dismissNotice()} aria-label="Dismiss message" title="Dismiss message">
            ×
          </button>
        )}
      </div>
    </div>
  );
}
