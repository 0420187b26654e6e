import { useEffect, useId, useRef, useState } from 'react';
import { useUi } from '../../store/context';
import { useCommand } from '../../ui/registry';
import { withKey } from '../../commands/keyLabel';
import type { Scenario } from '../../model';
import { formatPercent } from '../../readout/format';

/** How long play rests on each quarter. */
export const PLAY_STEP_MS = 800;

/**
 * The quarter timeline: a real range input from quarter 0 to the scenario's last, and Play, which
 * steps once per 0.8 s and stops at the end (from the end it starts over at 0).
 */
export function Timeline({ scenario, quarter }: { scenario: Scenario; quarter: number }) {
  const { run, registry } = useCommand();
  const id = useId();
  const last = scenario.adoption.length - 1;
  const [playing, setPlaying] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chosen = useUi((s) => s.quarter);

  useEffect(() => {
    if (!playing) return;
    if (quarter >= last) {
      setPlaying(false);
      return;
    }
    timer.current = setTimeout(() => run('quarter.set', { quarter: quarter + 1 }), PLAY_STEP_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [playing, quarter, last, run]);

  const play = () => {
    if (playing) return setPlaying(false);
    if (quarter >= last || chosen === null) run('quarter.set', { quarter: 0 });
    setPlaying(true);
  };

  const adoption = scenario.adoption[Math.min(quarter, last)];
  return (
    <div className="ff-timeline">
      <button
        type="button"
        className="ff-play"
        onClick={play}
        aria-pressed={playing}
        disabled={last === 0}
        aria-label={playing ? 'Pause' : 'Play'}
        title={playing ? 'Pause the quarters' : 'Play the quarters, one every 0.8 s'}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <label htmlFor={id} className="ff-quarter-label" title={`${withKey(registry, 'quarter.previous', 'Earlier')}, ${withKey(registry, 'quarter.next', 'later')}`}>
        Quarter
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={last}
        step={1}
        value={quarter}
        aria-valuetext={`Quarter ${quarter} of ${last}, adoption ${formatPercent(adoption)}`}
        onChange={(e) => {
          setPlaying(false);
          run('quarter.set', { quarter: Number(e.target.value) });
        }}
      />
      <output htmlFor={id} className="ff-quarter" data-testid="quarter-value">
        Q{quarter} / {last} · {formatPercent(adoption)} adoption
      </output>
    </div>
  );
}
