// The packaged app's fuses, read from electron-builder.yml as electron-builder reads it: a change
// that turns one of these back on fails here, on a machine that cannot package.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

const config = parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

/** The fuse names electron-builder itself accepts (its JSON schema), so a misspelt key cannot pass unnoticed. */
function knownFuseOptions(): string[] {
  const require = createRequire(import.meta.url);
  const builderDir = path.dirname(require.resolve('electron-builder/package.json'));
  const schemaFile = require.resolve('app-builder-lib/scheme.json', { paths: [builderDir] });
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };
  return Object.keys(schema.definitions.FuseOptionsV1.properties);
}

describe('electron-builder fuses', () => {
  it('are set under the key electron-builder reads, with names it knows', () => {
    expect(Object.keys(config.electronFuses as object).filter((k) => !knownFuseOptions().includes(k))).toEqual([]);
  });

  it('never runs as plain Node: no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
  });

  it('loads the app only from a hash-checked app.asar, and encrypts cookies', () => {
    expect(config.electronFuses).toMatchObject({ onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true, enableCookieEncryption: true });
    // Asar integrity needs the archive (and its hash embedded).
    expect(config.asar).toBe(true);
  });
});
