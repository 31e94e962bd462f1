#!/usr/bin/env node
// `npx belwijzer …`: the command line for a nightly import, on the same handlers as the app
// (scripts/cli.ts). TypeScript runs through tsx, as the preview does.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
