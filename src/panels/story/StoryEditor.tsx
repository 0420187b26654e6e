import { useEffect, useId, useRef } from 'react';
import { useDoc, useStores, useUi } from '../../store/context';
import { useRegistry } from '../../ui/registry';
import type { CommandArgs, CommandId } from '../../commands/registry';
import { withKey } from '../../commands/keyLabel';
import { stepIsShowable, stepTitle, storyOf, type StoryStep } from '../../model/story';
import './story.css';


const KIND_WORDS: Record<StoryStep['kind'], string> = {
  title: 'Title and initiative',
  layer: 'A layer',
  relay: 'The relay',
  quarter: 'A quarter, Before → After',
  headline: 'The headline',
  ranges: 'The ranges',
  caveat: 'The honest caveat',
  focus: 'Teams in focus',
};

/**
 * The story editor: reorder, hide, retitle steps, write speaker notes, add a focus step from the
 * selected teams. Every change runs a story command (one undo step, saved in the file); text fields
 * commit when they lose focus, so typing makes one undo step, not one per key.
 */
export default function StoryEditor() {
  const stores = useStores();
  const registry = useRegistry();
  const doc = useDoc((s) => s.doc);
  const scenarioId = useUi((s) => s.scenarioId);
  const selected = useUi((s) => s.selection.teams.length);
  const story = storyOf(doc, scenarioId);
  const own = !!(doc as { story?: unknown }).story;
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const close = () => stores.ui.getState().setOpenPanel(null);
  const run = <K extends CommandId>(id: K, args?: CommandArgs[K]) => registry.run(id, stores, args);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);

  return (
    <dialog ref={ref} className="ff-story" aria-labelledby={titleId} onClose={close} onCancel={close}>
      <header className="ff-story-head">
        <h2 id={titleId}>The story</h2>
        <span className="ff-story-note">{own ? 'Saved in this model.' : 'The default story, built from the model; an edit saves it in the model.'}</span>
        {/* biome-ignore lint/a11y/noAutofocus: a modal dialog: showModal() focuses its autofocus element, Close, rather than the first step's field */}
        <button type="button" onClick={close} autoFocus>
          Close
        </button>
      </header>
      <ol className="ff-story-steps">
        {story.map((step, index) => {
          const stale = !stepIsShowable(doc, step);
          const name = stepTitle(doc, { ...step, title: undefined });
          return (
            <li key={`${index}-${step.kind}`} className="ff-story-step" data-hidden={step.hidden ? 'true' : undefined} data-testid={`story-step-${index + 1}`}>
              <span className="ff-story-number">{index + 1}</span>
              <div className="ff-story-fields">
                <span className="ff-story-kind">
                  {KIND_WORDS[step.kind]}
                  {stale ? ' — names something no longer in the model, skipped' : ''}
                </span>
                <input
                  type="text"
                  aria-label={`Title of step ${index + 1}`}
                  defaultValue={step.title ?? ''}
                  placeholder={name}
                  maxLength={120}
                  onBlur={(e) => e.target.value.trim() !== (step.title ?? '') && run('story.retitle', { index, title: e.target.value })}
                  onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                />
                <textarea
                  aria-label={`Speaker notes of step ${index + 1}`}
                  defaultValue={step.notes ?? ''}
                  placeholder="Speaker notes (shown in the presenter view)"
                  maxLength={5000}
                  rows={2}
                  onBlur={(e) => e.target.value !== (step.notes ?? '') && run('story.notes', { index, notes: e.target.value })}
                />
              </div>
              <div className="ff-story-actions">
                <label>
                  <input type="checkbox" checked={!step.hidden} onChange={(e) => run('story.hide', { index, hidden: !e.target.checked })} /> Shown
                </label>
                <button type="button" aria-label={`Move step ${index + 1} up`} disabled={index === 0} onClick={() => run('story.move', { index, to: index - 1 })}>
                  ↑
                </button>
                <button type="button" aria-label={`Move step ${index + 1} down`} disabled={index === story.length - 1} onClick={() => run('story.move', { index, to: index + 1 })}>
                  ↓
                </button>
                <button type="button" aria-label={`Remove step ${index + 1}`} disabled={story.length < 2} onClick={() => run('story.remove', { index })}>
                  ✕
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <footer className="ff-story-foot">
        <button type="button" disabled={!selected} onClick={() => run('story.addFocus')} title="Select teams on the canvas first">
          Add a focus step from the selection{selected ? ` (${selected} ${selected === 1 ? 'team' : 'teams'})` : ''}
        </button>
        <button type="button" disabled={!own} onClick={() => run('story.reset')}>
          Reset to the default story
        </button>
        <button type="button" onClick={() => { close(); run('present.start'); }}>
          {withKey(registry, 'present.start', 'Present')}
        </button>
      </footer>
    </dialog>
  );
}
