import { useEffect, useId, useRef, useState } from 'react';
import { problemLine, type Problem } from '../model';

export interface ImportRefusedDialogProps {
  fileName: string;
  problems: Problem[];
  onClose(): void;
}

/**
 * Why a file was refused: every problem as `path: message`, selectable and copyable, so the person
 * can fix the file or send the list on. The open model is untouched.
 */
export default function ImportRefusedDialog({ fileName, problems, onClose }: ImportRefusedDialogProps) {
  const headingId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const lines = problems.map(problemLine);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => before?.focus?.();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${fileName}\n${lines.join('\n')}\n`);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a press on the backdrop closes the dialog for the mouse; the keyboard has Escape and Close
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        className="dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <h2 id={headingId}>Import refused</h2>
        <p className="dialog-lead">
          <strong className="dialog-file">{fileName}</strong> was not opened, and the model you have open is unchanged.{' '}
          {problems.length === 1 ? 'One problem was found:' : `${problems.length} problems were found:`}
        </p>
        <ul className="problem-list" data-testid="import-problems">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
        <div className="dialog-actions">
          <span className="dialog-copied" aria-live="polite">
            {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Copying is not allowed here; select the list and copy it.' : ''}
          </span>
          <button type="button" onClick={copy}>
            Copy problems
          </button>
          <button type="button" ref={closeRef} className="primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
