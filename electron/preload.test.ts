import { vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, data: [] }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() },
}));

describe('preload', () => {
  it('exposes only window.belwijzer with invoke and print — never ipcRenderer', async () => {
    await import('./preload');
    expect(Object.keys(exposed)).toEqual(['belwijzer']);
    const api = exposed.belwijzer as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'print']);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(JSON.stringify(Object.keys(api))).not.toContain('ipcRenderer');
  });

  it('prefixes every call so only contract channels can be reached', async () => {
    await import('./preload');
    const api = exposed.belwijzer as { invoke: (c: string, i: unknown) => Promise<unknown> };
    await api.invoke('debtors:list', { search: '' });
    expect(invoke).toHaveBeenCalledWith('belwijzer:debtors:list', { search: '' });
  });
});
