// Screens added by later features (call, today, tasks, complaints, letters) register here, so the
// shell stays small. Return null to fall through to the shell's own screens.
import type { ReactNode } from 'react';
import type { Route } from './router';
import type { Settings } from '../../domain/settings';

export function screenRegistry(route: Route, _settings: Settings, _today: string): ReactNode | null {
  switch (route.name) {
    default:
      return null;
  }
}
