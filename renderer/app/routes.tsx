// What each route of the table in router.ts shows. The shell renders `screenFor(route)` once the
// settings and today's date are loaded; screens load their own data (renderer/state/queries/).
// The debtor list, where the app opens, is part of the app's first chunk; every other screen is a chunk
// of its own (screen-chunk.ts), so the list's first rows do not wait for the call's machines, the letters
// or the imports to be compiled and evaluated. Those chunks are loaded once the list is painted.
import type { ReactNode } from 'react';
import type { Route, RouteOf } from './router';
import type { Settings } from '../../domain/settings';
import { DebtorsScreen } from '../screens/DebtorsScreen';
import { screenChunk } from './screen-chunk';

const WorklistScreen = screenChunk(() => import('../worklist/WorklistScreen').then((m) => m.WorklistScreen));
const DebtorScreen = screenChunk(() => import('../screens/DebtorScreen').then((m) => m.DebtorScreen));
const CallScreen = screenChunk(() => import('../call/CallScreen').then((m) => m.CallScreen));
const TasksScreen = screenChunk(() => import('../followup/TasksScreen').then((m) => m.TasksScreen));
const ComplaintsScreen = screenChunk(() => import('../followup/ComplaintsScreen').then((m) => m.ComplaintsScreen));
const SettingsScreen = screenChunk(() => import('../screens/SettingsScreen').then((m) => m.SettingsScreen));
const LetterScreen = screenChunk(() => import('../letters/LetterScreen').then((m) => m.LetterScreen));
const BatchScreen = screenChunk(() => import('../letters/BatchScreen').then((m) => m.BatchScreen));
const DataScreen = screenChunk(() => import('../data/DataScreen').then((m) => m.DataScreen));
const NewDebtorScreen = screenChunk(() => import('../screens/NewDebtorScreen').then((m) => m.NewDebtorScreen));

/** In the order they are loaded after the first paint: the likeliest next screens first. */
const CHUNKS = [WorklistScreen, DebtorScreen, CallScreen, TasksScreen, ComplaintsScreen, LetterScreen, BatchScreen, SettingsScreen, DataScreen, NewDebtorScreen];

export interface ShellData {
  settings: Settings;
  today: string;
}

const SCREENS: { [N in Route['name']]: (route: RouteOf<N>, shell: ShellData) => ReactNode } = {
  today: (_, { today }) => <WorklistScreen today={today} />,
  debtors: () => <DebtorsScreen />,
  debtor: ({ id }, { settings }) => <DebtorScreen key={id} id={id} settings={settings} />,
  call: ({ id }) => <CallScreen key={`${id}-collection`} debtorId={id} kind="collection" />,
  preventiveCall: ({ id }) => <CallScreen key={`${id}-preventive`} debtorId={id} kind="preventive" />,
  tasks: () => <TasksScreen />,
  complaints: (_, { today, settings }) => <ComplaintsScreen today={today} collector={settings.collectorName} />,
  settings: (_, { settings }) => <SettingsScreen settings={settings} />,
  letterBatch: (_, { today }) => <BatchScreen today={today} />,
  letter: ({ id }) => <LetterScreen id={id} />,
  data: () => <DataScreen />,
  newDebtor: () => <NewDebtorScreen />,
};

export function screenFor(route: Route, shell: ShellData): ReactNode {
  return (SCREENS[route.name] as (route: Route, shell: ShellData) => ReactNode)(route, shell);
}

/** Loads every screen's chunk, one after the other, so going to a screen later does not wait for its code. */
export async function loadScreenChunks(): Promise<void> {
  for (const chunk of CHUNKS) await chunk.load().catch(() => undefined);
}
