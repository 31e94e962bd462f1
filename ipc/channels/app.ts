import { z } from 'zod';
import { channel } from '../channel';
import { Settings } from '../../domain/settings';

export const AppInfo = z.object({
  version: z.string(),
  dataFile: z.string(),
  transport: z.enum(['electron', 'preview']),
  today: z.string(),
  demoLedgerCreated: z.boolean(),
});

export const appChannels = {
  'app:info': channel(z.object({}).strict(), AppInfo),
  'settings:get': channel(z.object({}).strict(), Settings),
  'settings:update': channel(Settings, Settings),
};
