import "server-only";
import { authorize, getSessionCaller } from "../auth/guard";
import { can } from "../auth/policy";
import { getPrisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { type ApiTokenState, REVOKED_TOKENS_SHOWN_DAYS, TOKEN_LIST_LIMIT } from "./schemas";

export type ApiTokenRow = {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  state: ApiTokenState;
  creator: { name: string; email: string };
  isOwn: boolean;
};

export type ApiTokenList = {
  tokens: ApiTokenRow[];
  /** True for a CX lead, who sees every member's tokens; everyone else sees only their own. */
  isWholeWorkspace: boolean;
  /** How many tokens match in all, of which `tokens` holds the newest TOKEN_LIST_LIMIT. */
  total: number;
};

const DAY_MS = 86_400_000;

/**
 * The tokens the signed-in member may see in a workspace, newest first (never the hash): live ones and those
 * revoked in the last REVOKED_TOKENS_SHOWN_DAYS days. The caller and their role come from the session and
 * their membership here, not from arguments, so no page can show a member someone else's tokens by mistake.
 */
export async function getApiTokenList(workspaceId: string, now = new Date()): Promise<ApiTokenList> {
  const { actor } = await authorize({
    caller: await getSessionCaller(),
    workspace: { id: workspaceId },
    permission: "apiTokens.own",
  });
  const isWholeWorkspace = can(actor.role, "apiTokens.manage");
  const where: Prisma.ApiTokenWhereInput = {
    workspaceId: actor.workspaceId,
    ...(isWholeWorkspace ? {} : { userId: actor.userId }),
    OR: [
      { revokedAt: null },
      { revokedAt: { gte: new Date(now.getTime() - REVOKED_TOKENS_SHOWN_DAYS * DAY_MS) } },
    ],
  };
  const prisma = await getPrisma();
  const [rows, total] = await Promise.all([
    prisma.apiToken.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: TOKEN_LIST_LIMIT,
      select: {
        id: true,
        userId: true,
        name: true,
        createdAt: true,
        lastUsedAt: true,
        revokedAt: true,
        user: {
          select: {
            name: true,
            email: true,
            memberships: { where: { workspaceId: actor.workspaceId }, select: { id: true } },
          },
        },
      },
    }),
    prisma.apiToken.count({ where }),
  ]);
  const tokens = rows.map((row): ApiTokenRow => {
    let state: ApiTokenState = "active";
    if (row.revokedAt) state = "revoked";
    else if (row.user.memberships.length === 0) state = "creator_left";
    return {
      id: row.id,
      name: row.name,
      createdAt: row.createdAt,
      lastUsedAt: row.lastUsedAt,
      revokedAt: row.revokedAt,
      state,
      creator: { name: row.user.name, email: row.user.email },
      isOwn: row.userId === actor.userId,
    };
  });
  return { tokens, isWholeWorkspace, total };
}
