// The entry, kept small: it sends the requests the opening screen needs (app/opening.ts), then loads the
// app (app/start.tsx). In one module the requests waited until the browser had compiled the whole
// renderer (close to 1 MB) and evaluated React, the catalogue and the screens before them; now the
// handlers answer while that happens. index.html loads the app's chunk beside this one (vite.config.ts).
import './app/opening';

void import('./app/start');
