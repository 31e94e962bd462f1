// What Vandaag asks for first, kept apart from the screen and its queries (which load the contract's
// shapes): the shell asks for the first page of lines as the collector goes to Vandaag, while the
// screen's code may still be loading (renderer/app/routes.tsx).
import type { ChannelInput } from '../../ipc/contract';

/** Lines per page: a few screenfuls, so the first rows are painted at once. */
export const LINES_PAGE = 200;

/** The request for the page of lines from `offset`. */
export const linesInput = (offset: number): ChannelInput<'worklist:list'> => ({ limit: LINES_PAGE, offset, part: 'lines' });
