// The ids the two call machines carry in their saved snapshots and in the list of interrupted calls:
// apart from the machines, so that list can tell a call's kind without loading the call's machinery.
import type { CallKind } from './call-types';

export const CALL_SCRIPT_MACHINE_ID = 'callScript';
export const PREVENTIVE_CALL_MACHINE_ID = 'preventiveCall';

const KIND_OF_MACHINE: Record<string, CallKind> = { [CALL_SCRIPT_MACHINE_ID]: 'collection', [PREVENTIVE_CALL_MACHINE_ID]: 'preventive' };

/** The kind of call a saved machine id belongs to; an id no machine has (any more) is a collection call. */
export const callKindOf = (machineId: string): CallKind => KIND_OF_MACHINE[machineId] ?? 'collection';
