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
import { askAhead } from '../api/client';
import { linesInput } from '../worklist/worklist-input';

const WorklistScreen = screenChunk(
  () => import('../worklist/WorklistScreen').then((m) => m.WorklistScreen),
  () => askAhead('worklist:list', linesInput(0)),
);
const DebtorScreen = screenChunk(() => import('../screens/DebtorScreen').then((m) => m.DebtorScreen));
const CallScreen = screenChunk(() => import('../call/CallScreen').then((m) => m.CallScreen));
const TasksScreen = screenChunk(() => import('../followup/TasksScreen').then((m) => m.TasksScreen));
const ComplaintsScreen = screenChunk(() => import('../followup/ComplaintsScreen').then((m) => m.ComplaintsScreen));
const SettingsScreen = screenChunk(() => import('../screens/SettingsScreen').then((m) => m.SettingsScreen));
const LetterScreen = screenChunk(() => import('../letters/LetterScreen').then((m) => m.LetterScreen));
const BatchScreen = screenChunk(() => import('../letters/BatchScreen').then((m) => m.BatchScreen));
const DataScreen = screenChunk(() => import('../data/DataScreen').then((m) => m.DataScreen));
const NewDebtorScreen = screenChunk(() => import('../screens/NewDebtorScreen').then((m) => m.NewDebtorScreen));

/** Vandaag: the collector's day, the usual next screen. Its code is loaded as soon as the first screen is painted. */
const FIRST = WorklistScreen;
/**
 * The others, likeliest first, a while later: evaluating them (the call's machines, the contract's shapes)
 * takes the main thread, which going to Vandaag right after the start should not have to wait for.
 */
const LATER = [DebtorScreen, CallScreen, TasksScreen, ComplaintsScreen, LetterScreen, BatchScreen, SettingsScreen, DataScreen, NewDebtorScreen];
const LATER_AFTER_MS = 2_000;
/** The longest a chunk waits for the page to be idle. */
const IDLE_WAIT_MS = 1_000;

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

const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: IDLE_WAIT_MS }));

/**
 * Loads every screen's chunk, one after the other when the page is idle, so going to a screen later does
 * not wait for its code. Called once the first screen is rendered: before, it would delay its paint.
 */
export async function loadScreenChunks(): Promise<void> {
  await idle();
  await FIRST.load().catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, LATER_AFTER_MS));
  for (const chunk of LATER) {
    await idle();
    await chunk.load().catch(() => undefined);
  }
}
