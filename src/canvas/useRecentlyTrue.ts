import { useEffect, useState } from 'react';

/**
 * True while `value` is false but was true less than `ms` ago: lets something that leaves with a
 * CSS fade stay mounted until the fade ends.
 * @example const leaving = useRecentlyTrue(overlay === 'after', 450); // true for 450 ms after leaving After
 */
export function useRecentlyTrue(value: boolean, ms: number): boolean {
  const [was, setWas] = useState(value);
  const [leaving, setLeaving] = useState(false);
  if (was !== value) {
    // Adjusting state while rendering (React's documented pattern) avoids a frame without the fade.
    setWas(value);
    setLeaving(!value);
  }
  useEffect(() => {
    if (!leaving) return;
    const timer = setTimeout(() => setLeaving(false), ms);
    return () => clearTimeout(timer);
  }, [leaving, ms]);
  return leaving && !value;
}
