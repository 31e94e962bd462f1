// Sandboxed preload: exposes only the typed bridge, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { BelwijzerBridge } from '../ipc/bridge';
import { PRINT_CHANNEL } from '../ipc/bridge';

// Kept in sync with ipc/contract.ts IPC_PREFIX; the preload bundle stays free of zod and the schemas.
const IPC_PREFIX = 'belwijzer:';

const bridge = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_PREFIX + String(channel), input),
  print: (request) => ipcRenderer.invoke(PRINT_CHANNEL, request),
} satisfies BelwijzerBridge;

contextBridge.exposeInMainWorld('belwijzer', bridge);
