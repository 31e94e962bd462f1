import { z } from 'zod';
import { mutation, query } from '../channel';
import { NoInput } from './common';
import { IsoDate } from '../../domain/primitives';
import { Settings } from '../../domain/settings';

export const AppInfo = z.object({
  version: z.string(),
  dataFile: z.string(),
  transport: z.enum(['electron', 'preview', 'cli']),
  today: IsoDate,
  demoLedgerCreated: z.boolean(),
  /** 'new': nothing chosen yet (the first-start screen); 'demo': the demo's own file, said on every screen. */
  ledgerKind: z.enum(['new', 'own', 'demo']),
  /** Whether this app can move to the demo's file and back (not on the command line). */
  canSwitchLedger: z.boolean(),
});

export const appChannels = {
  'app:info': query(NoInput, AppInfo),
  'settings:get': query(NoInput, Settings),
  'settings:update': mutation(Settings, Settings),
  /** First start, own administration: the company settings first; the data file becomes the collector's own. */
  'app:startOwnLedger': mutation(Settings, AppInfo),
  /** Opens the demo in its own file (made and filled the first time); the data file is left as it is. */
  'app:openDemo': mutation(NoInput, z.object({ switched: z.boolean() })),
  /** Back from the demo to the data file. */
  'app:leaveDemo': mutation(NoInput, z.object({ switched: z.boolean() })),
};
