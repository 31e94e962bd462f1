/** Everything on screen belongs to the file that was open: after a switch of ledger the app starts afresh. */
export const startAfresh = () => window.location.reload();
