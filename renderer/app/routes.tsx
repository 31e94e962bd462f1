// What each route of the table in router.ts shows. The shell renders `screenFor(route)` once the
// settings and today's date are loaded; screens load their own data (renderer/state/queries/).
import type { ReactNode } from 'react';
import type { Route, RouteOf } from './router';
import type { Settings } from '../../domain/settings';
import { WorklistScreen } from '../worklist/WorklistScreen';
import { TasksScreen } from '../followup/TasksScreen';
import { ComplaintsScreen } from '../followup/ComplaintsScreen';
import { DebtorsScreen } from '../screens/DebtorsScreen';
import { DebtorScreen } from '../screens/DebtorScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { CallScreen } from '../call/CallScreen';
import { LetterScreen } from '../letters/LetterScreen';
import { BatchScreen } from '../letters/BatchScreen';
import { DataScreen } from '../data/DataScreen';
import { NewDebtorScreen } from '../screens/NewDebtorScreen';

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
