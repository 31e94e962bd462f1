// What the preload puts on window.belwijzer: one typed invoke, plus printing. Nothing else.
import type { ChannelInput, ChannelName, ChannelOutput } from './contract';
import type { IpcResult } from './errors';

export interface PrintRequest {
  /** 'print' opens the system print dialog; 'pdf' asks where to save and writes a PDF. */
  mode: 'print' | 'pdf';
  suggestedFileName: string;
}

export interface BelwijzerBridge {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  print(request: PrintRequest): Promise<IpcResult<{ savedTo: string | null }>>;
}

export const PRINT_CHANNEL = 'belwijzer-print';
