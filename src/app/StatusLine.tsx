import { useDoc, useStores, useUi } from '../store/context';

/**
 * The status line: the latest notice (a refused connection, an import's warnings) in a live
 * region screen readers announce, plus a quiet summary of the model.
 */
export function StatusLine() {
  const notice = useUi((s) => s.notice);
  const teams = useDoc((s) => s.doc.teams.length);
  const handoffs = useDoc((s) => s.doc.handoffs.length);
  const { ui } = useStores();
  return (
    <footer className="status-line">
      <div role="status" data-testid="notice" className={`notice${notice ? ` notice-${notice.kind}` : ''}`}>
        {notice?.text}
      </div>
      {notice && (
        <button type="button" className="notice-dismiss" onClick={() => ui.getState().dismissNotice()} aria-label="Dismiss message">
          ×
        </button>
      )}
      <div className="status-summary">
        {teams} {teams === 1 ? 'team' : 'teams'} · {handoffs} {handoffs === 1 ? 'handoff' : 'handoffs'}
      </div>
    </footer>
  );
}
