import "server-only";
// Who is calling /api/v1: the browser session, or `Authorization: Bearer <token>` with a token a member created
// in settings. A token belongs to one workspace and acts with its creator's CURRENT role there (the guard checks
// both): once the membership is gone or the token is revoked, it stops working.
import { ActionError } from "../actions/result";
import { hashApiToken } from "../api-tokens/tokens";
import { getPrisma } from "../db/client";
import type { Caller } from "./guard";
import { getSessionUser } from "./session";

// lastUsedAt is written at most once a minute per token, so a busy integration does not write on every call.
const LAST_USED_EVERY_MS = 60_000;

/** Throws "unauthorized" unless the request carries a live session or a valid, unrevoked token. */
export async function authenticateApiCaller(headers: Headers): Promise<Caller> {
  const authorization = headers.get("authorization");
  if (authorization === null) {
    const user = await getSessionUser();
    if (!user) throw new ActionError("unauthorized", "Sign in to use the API.");
    return { userId: user.id };
  }
  const match = /^Bearer\s+(\S{10,200})\s*$/i.exec(authorization);
  if (!match?.[1])
    throw new ActionError("unauthorized", "Send the token as `Authorization: Bearer <token>`.");
  const prisma = await getPrisma();
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(match[1]) },
    select: { id: true, userId: true, workspaceId: true, revokedAt: true },
  });
  if (!token || token.revokedAt)
    throw new ActionError("unauthorized", "This API token is not valid: it was revoked, or it is mistyped.");
  await prisma.apiToken.updateMany({
    where: {
      id: token.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(Date.now() - LAST_USED_EVERY_MS) } }],
    },
    data: { lastUsedAt: new Date() },
  });
  return { userId: token.userId, tokenWorkspaceId: token.workspaceId };
}
