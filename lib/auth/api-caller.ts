import "server-only";
// Who is calling /api/v1, for every route: the browser session, or `Authorization: Bearer <token>` with a
// token a member created in settings. A token belongs to one workspace and acts with its creator's CURRENT role
// there: once the membership is gone or the token is revoked, it stops working.
import { type ApiFailure, apiFailure, UNAUTHORIZED } from "../api/errors";
import { hashApiToken } from "../api-tokens/tokens";
import { getPrisma } from "../db/client";
import type { MemberRole } from "../db/generated/enums";
import { getWorkspaceBySlug, type WorkspaceSummary } from "../workspaces/queries";
import type { Actor } from "./guard";
import { getSessionUser } from "./session";

export type ApiCaller =
  | { via: "session"; userId: string }
  | { via: "token"; userId: string; tokenId: string; workspaceId: string };
export type ApiAccess = { actor: Actor; workspace: WorkspaceSummary };

// lastUsedAt is written at most once a minute per token, so a busy integration does not write on every call.
const LAST_USED_EVERY_MS = 60_000;
const BAD_TOKEN = apiFailure(
  401,
  "unauthorized",
  "This API token is not valid: it was revoked, or it is mistyped.",
);

/** 401 unless the request carries a live session or a valid, unrevoked token. */
export async function authenticateApiCaller(headers: Headers): Promise<ApiCaller | ApiFailure> {
  const authorization = headers.get("authorization");
  if (authorization === null) {
    const user = await getSessionUser();
    return user ? { via: "session", userId: user.id } : UNAUTHORIZED;
  }
  const match = /^Bearer\s+(\S{10,200})\s*$/i.exec(authorization);
  if (!match?.[1])
    return apiFailure(401, "unauthorized", "Send the token as `Authorization: Bearer <token>`.");
  const prisma = await getPrisma();
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(match[1]) },
    select: { id: true, userId: true, workspaceId: true, revokedAt: true },
  });
  if (!token || token.revokedAt) return BAD_TOKEN;
  await prisma.apiToken.updateMany({
    where: {
      id: token.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(Date.now() - LAST_USED_EVERY_MS) } }],
    },
    data: { lastUsedAt: new Date() },
  });
  return { via: "token", userId: token.userId, tokenId: token.id, workspaceId: token.workspaceId };
}

export function isApiFailure(value: unknown): value is ApiFailure {
  return typeof value === "object" && value !== null && "status" in value && "body" in value;
}

/**
 * The workspace a request names, if the caller may act on it with one of `allowed` roles. A workspace the caller
 * is not a member of — or, for a token, any workspace but the token's own — is 404 like an unknown slug.
 */
export async function requireApiWorkspaceRole(opts: {
  caller: ApiCaller;
  slug: string;
  allowed: readonly MemberRole[];
}): Promise<ApiAccess | ApiFailure> {
  const { caller } = opts;
  const missing = apiFailure(404, "not_found", `No workspace has the slug "${opts.slug}".`);
  const workspace = await getWorkspaceBySlug(opts.slug);
  if (!workspace) return missing;
  if (caller.via === "token" && caller.workspaceId !== workspace.id) return missing;
  const prisma = await getPrisma();
  const membership = await prisma.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: workspace.id, userId: caller.userId } },
    select: { role: true, departmentId: true },
  });
  if (!membership) {
    return caller.via === "token"
      ? apiFailure(
          401,
          "unauthorized",
          "This API token no longer works: its creator is not a member of the workspace any more.",
        )
      : missing;
  }
  if (!opts.allowed.includes(membership.role))
    return apiFailure(403, "forbidden", "Your role does not allow this.");
  return {
    workspace,
    actor: {
      userId: caller.userId,
      workspaceId: workspace.id,
      role: membership.role,
      departmentId: membership.departmentId,
    },
  };
}
