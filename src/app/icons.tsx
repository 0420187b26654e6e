/**
 * The toolbar's few icons, drawn inline (the page loads nothing from elsewhere). Each is decorative:
 * the button that holds it carries the accessible name and a tooltip.
 * @example <button aria-label="Undo"><Icon name="undo" /></button>
 */
export type IconName = 'undo' | 'redo' | 'layout' | 'fit' | 'map' | 'story';

const PATHS: Record<IconName, string> = {
  undo: 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'm15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  // Three cards in a row, linked: "place every team in flow order".
  layout: 'M3 5h5v5H3zM16 5h5v5h-5zM9.5 14h5v5h-5zM8 7.5h8M18.5 10v1.5a4 4 0 0 1-4 4M5.5 10v1.5a4 4 0 0 0 4 4',
  fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5M9 9h6v6H9z',
  map: 'M3 6.5 9 4l6 2.5L21 4v13.5L15 20l-6-2.5L3 20zM9 4v13.5M15 6.5V20',
  // A numbered list of steps: "the story".
  story: 'M9 6h11M9 12h11M9 18h11M4 5v3M3.5 11.5h2l-2 2.5h2M3.5 17h2l-1 1.2 1 1.3h-2',
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
