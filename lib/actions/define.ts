import "server-only";
// The one shape of every server action (STYLE.md, Server actions). An action is a schema, the resource it acts
// on, the permission it needs (lib/auth/policy.ts) and its work; this file does the rest, in this order:
// parse the input → check the session (before any lookup, so ids cannot be probed) → find the resource and so
// its workspace → ask the guard → run the work in one transaction with an audit() bound to workspace and actor
// → revalidate the workspace's pages → return { ok, data } or a plain-words failure.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { type Audit, auditFor } from "../audit/record";
import { type Access, type Actor, authorize, requireSignedIn, type WorkspaceSummary } from "../auth/guard";
import type { Permission } from "../auth/policy";
import type { SessionUser } from "../auth/user";
import { recordCoverageSnapshot } from "../coverage/snapshots";
import { type Tx, withTransaction } from "../db/transaction";
import {
  findResource,
  RESOURCE_LABELS,
  type ResourceKind,
  type ResourceRef,
  type ResourceRows,
} from "./resources";
import { ActionError, type ActionResult, notFound, runAction } from "./result";

export type ActionContext<I, R> = {
  input: I;
  actor: Actor;
  workspace: WorkspaceSummary;
  /** The row the input named, as lib/actions/resources.ts reads it. */
  resource: R;
};
export type WriteContext = { tx: Tx; audit: Audit };

export type WorkspaceAction<I, T> = ((input: I) => Promise<ActionResult<T>>) & {
  /** What the action needs (lib/auth/policy.ts), for the authorization matrix test. */
  readonly permission: Permission;
};

type WriteOptions = {
  /** The work changes who holds A, claim state or the set of touchpoints: the coverage history follows. */
  changesOwnership?: boolean;
  /** A bulk write that may run longer than a transaction's default 20 s (lib/db/transaction.ts). */
  timeoutMs?: number;
};

/**
 * The transaction every write runs in, for actions and for the API routes that write: `audit()` records events
 * as `access.actor` in `access.workspace`, and an ownership change is kept in the coverage history.
 */
export function runWrite<T>(
  access: Access,
  options: WriteOptions,
  work: (write: WriteContext) => Promise<T>,
): Promise<T> {
  const { workspaceId, userId } = access.actor;
  return withTransaction(
    async (tx) => {
      const result = await work({ tx, audit: auditFor(tx, { workspaceId, actorId: userId }) });
      if (options.changesOwnership) await recordCoverageSnapshot(tx, workspaceId);
      return result;
    },
    { timeoutMs: options.timeoutMs },
  );
}

/** Every page of one workspace shows the map, the claims or their counts: all of them refresh. */
export function revalidateWorkspace(slug: string): void {
  revalidatePath(`/w/${slug}`, "layout");
}

export function defineAction<S extends z.ZodType, K extends ResourceKind, T, P = undefined>(
  definition: {
    schema: S;
    /** Which row the input names: its workspace is the one the guard checks. */
    resource: (input: z.output<S>) => ResourceRef<K>;
    permission: Permission;
    /**
     * Work done after the guard and before the transaction, so it holds no locks: parsing a sheet, hashing.
     * Its result reaches `run` as `prepared`.
     */
    prepare?: (context: ActionContext<z.output<S>, ResourceRows[K]>) => Promise<P> | P;
    run: (
      context: ActionContext<z.output<S>, ResourceRows[K]> & WriteContext & { prepared: P },
    ) => Promise<T>;
    /** False for an action that writes nothing (a preview): the pages are not refreshed. */
    revalidate?: boolean;
  } & WriteOptions,
): WorkspaceAction<z.input<S>, T> {
  const action = (input: z.input<S>) =>
    runAction(definition.schema, input, async (parsed) => {
      const user = await requireSignedIn();
      const ref = definition.resource(parsed);
      const resource = await findResource(ref);
      const missing = () => notFound(RESOURCE_LABELS[ref.kind]);
      if (!resource) throw missing();
      const access = await authorize({
        caller: { userId: user.id },
        workspace: { id: resource.workspaceId },
        permission: definition.permission,
      }).catch((error: unknown) => {
        // Another workspace's row reads exactly like one that does not exist.
        throw error instanceof ActionError && error.code === "not_found" ? missing() : error;
      });
      const context = { input: parsed, ...access, resource };
      const prepared = (definition.prepare ? await definition.prepare(context) : undefined) as P;
      const data = await runWrite(access, definition, (write) =>
        definition.run({ ...context, ...write, prepared }),
      );
      if (definition.revalidate !== false) revalidateWorkspace(access.workspace.slug);
      return data;
    });
  return Object.assign(action, { permission: definition.permission });
}

/**
 * The same shape for what a signed-in person does to their own account, in no workspace (a new password,
 * signing out everywhere): the session is checked first, the work runs in one transaction with an audit()
 * that records the person as actor, outside any workspace.
 */
export function defineAccountAction<S extends z.ZodType, T, P = undefined>(definition: {
  schema: S;
  /** Slow work before the transaction (checking the current password, hashing the new one). */
  prepare?: (context: { input: z.output<S>; user: SessionUser }) => Promise<P>;
  run: (context: { input: z.output<S>; user: SessionUser; prepared: P } & WriteContext) => Promise<T>;
}): (input: z.input<S>) => Promise<ActionResult<T>> {
  return (input) =>
    runAction(definition.schema, input, async (parsed) => {
      const user = await requireSignedIn();
      const prepared = (
        definition.prepare ? await definition.prepare({ input: parsed, user }) : undefined
      ) as P;
      return withTransaction((tx) => {
        const audit = auditFor(tx, { workspaceId: null, actorId: user.id });
        return definition.run({ input: parsed, user, prepared, tx, audit });
      });
    });
}

/**
 * The same shape for the actions anyone may call, signed in or not, because their input is the credential
 * or the database has no accounts yet (accepting an invitation, a password reset link, first-run setup). They
 * guard themselves.
 */
export function definePublicAction<S extends z.ZodType, T>(definition: {
  schema: S;
  run: (context: { input: z.output<S> }) => Promise<T>;
  /** The path whose pages change once this succeeds (refreshed as a layout). */
  revalidate: (data: NoInfer<T>) => string;
}): (input: z.input<S>) => Promise<ActionResult<T>> {
  return (input) =>
    runAction(definition.schema, input, async (parsed) => {
      const data = await definition.run({ input: parsed });
      revalidatePath(definition.revalidate(data), "layout");
      return data;
    });
}
