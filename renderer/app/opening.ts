// What the app asks for as it opens, sent before the rest of the renderer is evaluated: main.tsx imports
// this module first, so the handlers answer while React, the catalogue and the screens are still being
// evaluated (on a loaded 2-core machine that takes 100–300 ms), instead of after the first render.
import { askAhead, takeTokenFromLocation } from '../api/client';
import { parseRoute } from './router';
import { OPENING_ORDER, pageInput } from '../screens/debtor-list-input';

takeTokenFromLocation();
// What the shell shows around every screen: the settings (the UI language), the app's facts (today, the
// kind of ledger) and the calls cut off when the app stopped.
askAhead('settings:get', {});
askAhead('app:info', {});
askAhead('calls:interrupted', {});
/** The screen the app opens on. */
export const openingRoute = parseRoute(window.location.hash);
if (openingRoute.name === 'debtors') askAhead('debtors:list', pageInput('', OPENING_ORDER, null));
