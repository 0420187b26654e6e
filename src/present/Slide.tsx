import { useEffect, useRef, useState } from 'react';
import type { StepView, TeamCard, MoreCard, RelayRow, Figure } from './stepView';
import { LAYER_ACCENT } from '../geometry/colors';
import { formatFixed, peopleWord } from '../readout/format';

/** Whether the person asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const TWEEN_MS = 700;

/** A figure counting from the previous step's value to this step's (at once when motion is reduced). */
function Tween({ figure }: { figure: Figure }) {
  const { from, to, value } = figure;
  const [shown, setShown] = useState(value);
  const ref = useRef(value);
  useEffect(() => {
    if (from === undefined || to === undefined || from === to || prefersReducedMotion()) {
      setShown(value);
      return;
    }
    const decimals = value.includes('.') ? Math.min(2, value.split('.')[1].length) : 0;
    const start = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const t = Math.min(1, (now - start) / TWEEN_MS);
      const eased = 1 - (1 - t) ** 3;
      const v = from + (to - from) * eased;
      const text = t < 1 ? formatFixed(v, decimals) : value;
      if (text !== ref.current) setShown((ref.current = text));
      if (t < 1) frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [from, to, value]);
  return <>{shown}</>;
}

function Cards({ cards, more }: { cards: TeamCard[]; more: MoreCard | null }) {
  return (
    <ul className="pr-cards" data-count={cards.length + (more ? 1 : 0)}>
      {cards.map((c) => (
        <li key={c.id} className="pr-card">
          <span className="pr-card-name">{c.name}</span>
          <span className="pr-card-people">{c.people}</span>
          {c.roles && <span className="pr-card-roles">{c.roles}</span>}
        </li>
      ))}
      {more && (
        <li className="pr-card pr-card-more">
          <span className="pr-card-name">
            and {more.teams} more {more.teams === 1 ? 'team' : 'teams'}
          </span>
          <span className="pr-card-people">
            {more.people} {peopleWord(more.people)}
          </span>
        </li>
      )}
    </ul>
  );
}

function Relay({ rows }: { rows: (RelayRow | { skipped: number })[] }) {
  return (
    <ol className="pr-relay">
      {rows.map((r, i) =>
        'skipped' in r ? (
          <li key={`skip-${i}`} className="pr-relay-skip">
            … {r.skipped} more {r.skipped === 1 ? 'handoff' : 'handoffs'} …
          </li>
        ) : (
          <li key={i} className="pr-relay-row">
            <span className="pr-relay-teams">
              {r.from} → {r.to}
            </span>
            <span className="pr-relay-artifact">{r.artifact}</span>
            <span className="pr-relay-wait">{r.wait}</span>
            <span className="pr-relay-usable">{r.usable}</span>
          </li>
        ),
      )}
    </ol>
  );
}

function Figures({ figures }: { figures: Figure[] }) {
  return (
    <dl className="pr-figures">
      {figures.map((f) => (
        <div key={f.label} className="pr-figure">
          <dd>
            <Tween figure={f} />
          </dd>
          <dt>{f.label}</dt>
        </div>
      ))}
    </dl>
  );
}

/** One story step drawn for the room: every text on it at least 18 px at 1280×720 (present.css). */
export function Slide({ view }: { view: StepView }) {
  switch (view.kind) {
    case 'title':
      return (
        <div className="pr-slide pr-title-slide">
          <h2 className="pr-heading pr-big-heading">{view.title}</h2>
          {view.problem && <p className="pr-lead">{view.problem}</p>}
          <p className="pr-goal">{view.goal}</p>
          <p className="pr-text">{view.window}</p>
          <p className="pr-muted">{view.summary}</p>
        </div>
      );
    case 'layer':
      return (
        <div className="pr-slide">
          <h2 className="pr-heading">{view.title}</h2>
          <p className="pr-text">{view.purpose}</p>
          <Cards cards={view.cards} more={view.more} />
          <ol className="pr-chips" aria-label="The layers">
            {view.chips.map((c) => (
              <li key={c.layer} className="pr-chip" data-state={c.state} style={{ ['--accent' as string]: LAYER_ACCENT[c.layer] }}>
                <span className="pr-chip-name">{c.name}</span>
                {c.state !== 'later' && <span className="pr-chip-detail">{c.detail}</span>}
              </li>
            ))}
          </ol>
        </div>
      );
    case 'relay':
      return (
        <div className="pr-slide">
          <h2 className="pr-heading">{view.title}</h2>
          <Figures figures={view.figures} />
          <p className="pr-text">{view.sentence}</p>
          <Relay rows={view.rows} />
        </div>
      );
    case 'quarter': {
      const max = Math.max(1, ...view.bars.map((b) => b.before));
      return (
        <div className="pr-slide">
          <h2 className="pr-heading">
            {view.scenario}, quarter {view.quarter} <span className="pr-heading-note">{view.adoption}</span>
          </h2>
          <Figures figures={view.figures} />
          <ul className="pr-bars">
            {view.bars.map((b) => (
              <li key={b.layer} className="pr-bar-row" style={{ ['--accent' as string]: LAYER_ACCENT[b.layer] }}>
                <span className="pr-bar-name">{b.name}</span>
                <span className="pr-bar-track">
                  <span className="pr-bar-before" style={{ transform: `scaleX(${b.before / max})` }} />
                  <span className="pr-bar-now" style={{ transform: `scaleX(${b.now / max})` }} />
                </span>
                <span className="pr-bar-figure">
                  {b.before} → {b.now}
                </span>
              </li>
            ))}
          </ul>
          {view.merges.length > 0 && (
            <ul className="pr-merges">
              {view.merges.map((m) => (
                <li key={m}>{m}</li>
              ))}
              {view.moreMerges > 0 && <li>and {view.moreMerges} more merged groups</li>}
            </ul>
          )}
        </div>
      );
    }
    case 'headline':
      return (
        <div className="pr-slide">
          <h2 className="pr-heading">{view.title}</h2>
          <ul className="pr-headline">
            {view.parts.map((p) => (
              <li key={p.key}>
                <span className="pr-headline-before">{p.before}</span>
                <span className="pr-headline-arrow"> → </span>
                <span className="pr-headline-after">
                  {p.after}
                  {p.unit}
                </span>
              </li>
            ))}
          </ul>
          <p className="pr-muted">{view.when}</p>
        </div>
      );
    case 'ranges':
      return (
        <div className="pr-slide">
          <h2 className="pr-heading">{view.title}</h2>
          {view.rows.length > 0 && (
            <table className="pr-ranges">
              <thead>
                <tr>
                  <th scope="col" />
                  <th scope="col">point</th>
                  <th scope="col">8 in 10 worlds</th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">{r.label}</th>
                    <td>{r.point}</td>
                    <td>{r.range}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="pr-lead">{view.sentence}</p>
        </div>
      );
    case 'caveat':
      return (
        <div className="pr-slide">
          <h2 className="pr-heading">{view.title}</h2>
          <p className="pr-lead">{view.sentence}</p>
          <p className="pr-goal">{view.loops}</p>
          <p className="pr-text">{view.waiting}</p>
        </div>
      );
    case 'focus':
      return (
        <div className="pr-slide">
          <h2 className="pr-heading">{view.title}</h2>
          <Cards cards={view.cards} more={view.more} />
          {view.rows.length > 0 && <Relay rows={view.rows} />}
        </div>
      );
  }
}
