// Screens added by later features (call, today, tasks, complaints, letters) register here, so the
// shell stays small. Return null to fall through to the shell's own screens.
import type { ReactNode } from 'react';
import type { Route } from './router';
import type { Settings } from '../../domain/settings';
import { TodayScreen } from '../followup/TodayScreen';
import { TasksScreen } from '../followup/TasksScreen';
import { ComplaintsScreen } from '../followup/ComplaintsScreen';
import { CallScreen } from '../call/CallScreen';
import { LetterScreen } from '../letters/LetterScreen';
import { BatchScreen } from '../letters/BatchScreen';

export function screenRegistry(route: Route, settings: Settings, today: string): ReactNode | null {
  switch (route.name) {
    case 'today':
      return <TodayScreen today={today} />;
    case 'tasks':
      return <TasksScreen today={today} />;
    case 'complaints':
      return <ComplaintsScreen today={today} collector={settings.collectorName} />;
    case 'letter':
      return <LetterScreen id={route.id} />;
    case 'letterBatch':
      return <BatchScreen today={today} />;
    case 'call':
      return <CallScreen key={`${route.id}-${route.kind}`} debtorId={route.id} kind={route.kind} />;
    default:
      return null;
  }
}
