import "server-only";
// What a structure entity (department, journey, stage, touchpoint) is to the shared create / update / delete /
// reorder actions (entity-crud.ts): where it is ordered and named, how it is read and written, and the few
// hooks for what really differs between the four.
import type { ResourceKind, ResourceRef } from "../actions/resources";
import { ActionError, notFound } from "../actions/result";
import type { Tx } from "../db/transaction";
import type { OrderedTable, OrderScope } from "../map/positions";

export type StructureKind = "department" | "journey" | "stage" | "touchpoint";
export type StructureRow = { id: string; name: string; position: number; version?: number };
type Refs = { journeyId?: string | null; departmentId?: string | null };
type At = { workspaceId: string; id: string };

export type StructureEntity<Row extends StructureRow, Create, Update> = {
  kind: StructureKind;
  table: OrderedTable;
  /** How messages name the parent the entity is ordered and named within: "This journey". */
  parentLabel: string;
  plural: string;
  /** Create: the existing row the input names (the workspace, journey or stage it goes into). */
  parentOf: (input: Create) => ResourceRef<ResourceKind>;
  /**
   * Create: locks what new siblings' positions depend on and returns the new row's scope, with the columns that
   * tie it to its parents. Throws "not found" when the parent is gone.
   */
  lockCreateScope: (tx: Tx, at: { workspaceId: string; input: Create }) => Promise<CreateScope>;
  /** Delete and reorder: locks the row's order parent, then reads it, so its position holds until commit. */
  findLocked: (tx: Tx, at: At) => Promise<Row>;
  find: (tx: Tx, at: At) => Promise<Row | null>;
  scopeOf: (row: Row, workspaceId: string) => OrderScope;
  insert: (tx: Tx, data: { parent: CreateScope; input: Create; position: number }) => Promise<Row>;
  update: (tx: Tx, at: At & { changes: Update; before: Row }) => Promise<Row>;
  refs: (row: Row) => Refs;
  countImpact: (tx: Tx, at: At) => Promise<Record<string, number>>;
  /** Checks a create needs beyond a free name (what the workspace can hold), under the create's lock. */
  beforeCreate?: (tx: Tx, at: { workspaceId: string; input: Create }) => Promise<void>;
  /** Checks and side effects a delete needs before the row goes (a department's members, versions). */
  beforeDelete?: (tx: Tx, at: At & { before: Row; impact: Record<string, number> }) => Promise<void>;
  /** The conflict a foreign key's refusal of the delete means (rows that must go first). */
  deleteRestricted?: () => ActionError;
  /** Reorder: what else moving the row changes (a touchpoint's version); returns the row as it is now. */
  afterReorder?: (tx: Tx, at: At) => Promise<Row>;
  /** Whether creating or deleting one changes the set of touchpoints (and so the coverage history). */
  createChangesOwnership: boolean;
};

export type CreateScope = { scope: OrderScope; journeyId?: string; stageId?: string };

const LABELS: Record<StructureKind, string> = {
  department: "Department",
  journey: "Journey",
  stage: "Stage",
  touchpoint: "Touchpoint",
};

export function missing(kind: StructureKind): ActionError {
  return notFound(LABELS[kind]);
}

export function duplicateName(opts: { kind: StructureKind; name: string; parent: string }): ActionError {
  const message = `${opts.parent} already has a ${opts.kind} named “${opts.name}”. Choose another name.`;
  return new ActionError("conflict", message, { name: [message] });
}

export function positionOutOfRange(opts: { parent: string; count: number; plural: string }): ActionError {
  const message = `${opts.parent} has ${opts.count} ${opts.plural}: choose a position from 1 to ${opts.count}.`;
  return new ActionError("invalid", message, { toIndex: [message] });
}
