import "server-only";
// The one guard. Pages (lib/auth/pages.ts), server actions (lib/actions/define.ts) and /api/v1 routes
// (lib/api/route.ts) all ask `authorize` whether a caller may do something in a workspace; each only turns its
// refusal into its own kind of answer (a redirect or 404 page, an ActionResult, an HTTP status).
import { cache } from "react";
import { ActionError } from "../actions/result";
import { getPrisma } from "../db/client";
import type { MemberRole } from "../db/generated/enums";
import { SLUG_MAX, SLUG_PATTERN } from "../setup/schemas";
import { can, type Permission } from "./policy";
import { getSessionUser, type SessionUser } from "./session";

export type WorkspaceSummary = { id: string; name: string; slug: string };

export type Actor = {
  userId: string;
  workspaceId: string;
  role: MemberRole;
  /** The department a department head belongs to; null for every other role. */
  departmentId: string | null;
};

export type Access = {
  actor: Actor;
  workspace: WorkspaceSummary;
  /** Seeded demo data, whose accounts have published passwords. */
  isDemo: boolean;
};

/** Who is asking: a signed-in person, or an API token, which only ever reaches its own workspace. */
export type Caller = { userId: string; tokenWorkspaceId?: string };

export const SIGNED_OUT = "You are signed out. Sign in again to continue.";
export const WORKSPACE_NOT_FOUND = "This workspace was not found.";
export const TOKEN_CREATOR_LEFT =
  "This API token no longer works: its creator is not a member of the workspace any more.";

/**
 * Actions and pages call this before looking anything up by id, so a signed-out caller hears "unauthorized"
 * whether or not the id exists and cannot probe for ids.
 */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new ActionError("unauthorized", SIGNED_OUT);
  return user;
}

const workspaceSelect = { id: true, name: true, slug: true } as const;

// Cached per request: a page's layout and the page itself ask the same question.
const findMembership = cache(async (userId: string, by: "id" | "slug", key: string) => {
  const prisma = await getPrisma();
  return prisma.membership.findFirst({
    where: { userId, workspace: by === "id" ? { id: key } : { slug: key } },
    select: { role: true, departmentId: true, workspace: { select: { ...workspaceSelect, isDemo: true } } },
  });
});

/**
 * May `caller` do `permission` in this workspace? The workspace must come from the resource being touched (or
 * the URL a page or route serves), never from a field the client filled in. A workspace the caller is not a
 * member of is "not found", exactly like one that does not exist, so no other tenant's data is ever confirmed.
 */
export async function authorize(opts: {
  caller: Caller | null;
  workspace: { id: string } | { slug: string };
  permission: Permission;
}): Promise<Access> {
  const { caller } = opts;
  if (!caller) throw new ActionError("unauthorized", SIGNED_OUT);
  const [by, key] =
    "id" in opts.workspace ? (["id", opts.workspace.id] as const) : (["slug", opts.workspace.slug] as const);
  // A slug from a URL that no workspace could have (a NUL byte would even reach PostgreSQL) is simply not found.
  if (by === "slug" && !isWorkspaceSlug(key))
    throw new ActionError("not_found", `No workspace has the slug "${key.replace(/[^\x20-\x7e]/g, "?")}".`);
  const membership = await findMembership(caller.userId, by, key);
  const isOtherWorkspace =
    caller.tokenWorkspaceId !== undefined && membership?.workspace.id !== caller.tokenWorkspaceId;
  if (!membership || isOtherWorkspace) {
    if (caller.tokenWorkspaceId && !membership && (await isTokenWorkspace(caller.tokenWorkspaceId, by, key)))
      throw new ActionError("unauthorized", TOKEN_CREATOR_LEFT);
    throw new ActionError(
      "not_found",
      by === "slug" ? `No workspace has the slug "${key}".` : WORKSPACE_NOT_FOUND,
    );
  }
  if (!can(membership.role, opts.permission))
    throw new ActionError("forbidden", "Your role does not allow this.");
  const {
    workspace: { isDemo, ...workspace },
    role,
    departmentId,
  } = membership;
  return {
    workspace,
    isDemo,
    actor: { userId: caller.userId, workspaceId: workspace.id, role, departmentId },
  };
}

function isWorkspaceSlug(slug: string): boolean {
  return slug.length >= 2 && slug.length <= SLUG_MAX && SLUG_PATTERN.test(slug);
}

/** Only asked when a token's creator has no membership: is it the token's own workspace they left? */
async function isTokenWorkspace(tokenWorkspaceId: string, by: "id" | "slug", key: string): Promise<boolean> {
  if (by === "id") return key === tokenWorkspaceId;
  const prisma = await getPrisma();
  const workspace = await prisma.workspace.findUnique({ where: { slug: key }, select: { id: true } });
  return workspace?.id === tokenWorkspaceId;
}

/** The signed-in person as a caller, or null. */
export async function getSessionCaller(): Promise<Caller | null> {
  const user = await getSessionUser();
  return user ? { userId: user.id } : null;
}
