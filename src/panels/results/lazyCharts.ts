// The charts load on first use, in one chunk with recharts, so the first visit stays within budget.
import { lazy } from 'react';

const load = () => import('./charts');

export const LayerChart = lazy(() => load().then((m) => ({ default: m.LayerChart })));
export const PyramidChart = lazy(() => load().then((m) => ({ default: m.PyramidChart })));
export const QuarterChart = lazy(() => load().then((m) => ({ default: m.QuarterChart })));
