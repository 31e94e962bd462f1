// The two call machines the screen can run, with the id and version their saved snapshots carry.
import { callScriptMachine, CALL_MACHINE_VERSION } from '../../machines/call-script.machine';
import { preventiveCallMachine, PREVENTIVE_MACHINE_VERSION } from '../../machines/preventive-call.machine';
import { CALL_SCRIPT_MACHINE_ID, PREVENTIVE_CALL_MACHINE_ID } from '../../machines/call-machine-ids';

export type CallKind = 'collection' | 'preventive';

// Both are built from the same setup (call-setup.ts): same context, events and effects.
export type CallMachine = typeof callScriptMachine;

export const CALL_MACHINES: Record<CallKind, { machine: CallMachine; id: string; version: number }> = {
  collection: { machine: callScriptMachine, id: CALL_SCRIPT_MACHINE_ID, version: CALL_MACHINE_VERSION },
  preventive: { machine: preventiveCallMachine as unknown as CallMachine, id: PREVENTIVE_CALL_MACHINE_ID, version: PREVENTIVE_MACHINE_VERSION },
};
