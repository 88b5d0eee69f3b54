// Every view of the UI, in navigation order. Each module exports `view: View` (src/web/view.ts).
import type { View } from '../view.ts';
import { view as board } from './planner-board.ts';
import { view as caseView } from './case-view.ts';
import { view as resources } from './resources.ts';
import { view as simulation } from './simulation.ts';
import { view as dataQuality } from './data-quality.ts';

export const views: readonly View[] = [board, caseView, resources, dataQuality, simulation];
