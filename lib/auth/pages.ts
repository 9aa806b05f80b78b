import "server-only";
// What pages do about access, through the same guard as actions and routes: a signed-out visitor goes to the
// sign-in page (and back afterwards); a workspace they may not open is "not found", like one that does not exist.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { ActionError } from "../actions/result";
import type { MemberRole } from "../db/generated/enums";
import { REQUEST_PATH_HEADER } from "../security/request-headers";
import { getSafeCallbackUrl } from "./callback-url";
import { authorize, type WorkspaceSummary } from "./guard";
import type { Permission } from "./policy";
import { getSessionUser, type SessionUser } from "./session";

export async function requirePageUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user) return user;
  const path = getSafeCallbackUrl((await headers()).get(REQUEST_PATH_HEADER));
  redirect(path === "/" ? "/sign-in" : `/sign-in?${new URLSearchParams({ callbackUrl: path })}`);
}

/** The workspace a page shows, with the signed-in member's role and department in it. */
export type PageWorkspace = WorkspaceSummary & {
  userId: string;
  role: MemberRole;
  departmentId: string | null;
  isDemo: boolean;
};

/**
 * The guard for a workspace page (`permission` defaults to opening the workspace at all). Cached per request:
 * the layout and the page both ask.
 */
export const requireWorkspacePage = cache(
  async (slug: string, permission: Permission = "workspace.read"): Promise<PageWorkspace> => {
    const user = await requirePageUser();
    try {
      const { workspace, actor, isDemo } = await authorize({
        caller: { userId: user.id },
        workspace: { slug },
        permission,
      });
      return { ...workspace, userId: user.id, role: actor.role, departmentId: actor.departmentId, isDemo };
    } catch (error) {
      if (error instanceof ActionError && (error.code === "not_found" || error.code === "forbidden"))
        notFound();
      throw error;
    }
  },
);
