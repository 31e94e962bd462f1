import { z } from 'zod';
import { mutation, query } from '../channel';
import { NoInput } from './common';
import { IsoDate } from '../../domain/primitives';
import { Settings } from '../../domain/settings';

export const AppInfo = z.object({
  version: z.string(),
  dataFile: z.string(),
  transport: z.enum(['electron', 'preview']),
  today: IsoDate,
  demoLedgerCreated: z.boolean(),
});

export const appChannels = {
  'app:info': query(NoInput, AppInfo),
  'settings:get': query(NoInput, Settings),
  'settings:update': mutation(Settings, Settings),
};
