import "server-only";
import { can } from "../auth/policy";
import { getPrisma } from "../db/client";
import type { MemberRole } from "../db/generated/enums";
import type { LinkProblem } from "./invitation-status";
import { ZInvitationToken } from "./schemas";
import { getInvitationState, hashInvitationToken } from "./tokens";

export type MemberRow = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  department: { id: string; name: string } | null;
};

export type PendingInvitationRow = {
  id: string;
  email: string;
  role: MemberRole;
  department: { id: string; name: string } | null;
  invitedBy: string | null;
  expiresAt: Date;
  isExpired: boolean;
};

export type MembersPage = {
  members: MemberRow[];
  invitations: PendingInvitationRow[];
  departments: { id: string; name: string }[];
};

async function listPendingInvitations(workspaceId: string) {
  const prisma = await getPrisma();
  return prisma.invitation.findMany({
    where: { workspaceId, usedAt: null },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      department: { select: { id: true, name: true } },
      invitedBy: { select: { name: true } },
    },
    orderBy: { createdAt: "desc" },
  });
}

/**
 * Everything the members page shows the member asking, in three queries whatever the size of the workspace.
 * Pending invitations (with the invitees' emails) only reach those who manage members.
 */
export async function getMembersPage(
  viewer: { workspaceId: string; role: MemberRole },
  now = new Date(),
): Promise<MembersPage> {
  const { workspaceId } = viewer;
  const prisma = await getPrisma();
  const department = { select: { id: true, name: true } } as const;
  const [memberships, invitations, departments] = await Promise.all([
    prisma.membership.findMany({
      where: { workspaceId },
      select: {
        id: true,
        role: true,
        department,
        user: { select: { id: true, name: true, email: true } },
      },
      orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
    }),
    // Never read for the others, rather than read and hidden by the page.
    can(viewer.role, "members.manage") ? listPendingInvitations(workspaceId) : [],
    prisma.department.findMany({
      where: { workspaceId },
      select: { id: true, name: true },
      orderBy: { position: "asc" },
    }),
  ]);
  return {
    members: memberships.map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      department: m.department,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      department: i.department,
      invitedBy: i.invitedBy?.name ?? null,
      expiresAt: i.expiresAt,
      isExpired: getInvitationState({ usedAt: null, expiresAt: i.expiresAt }, now) === "expired",
    })),
    departments,
  };
}

export type InvitationForToken =
  | { state: LinkProblem }
  | {
      state: "pending";
      email: string;
      workspaceName: string;
      role: MemberRole;
      departmentName: string | null;
      expiresAt: Date;
      /** The invited email has an account already: its owner signs in and joins instead of creating one. */
      hasAccount: boolean;
    };

/** What the public invitation page may show for a token: nothing about the workspace unless the link works. */
export async function getInvitationForToken(token: string, now = new Date()): Promise<InvitationForToken> {
  if (!ZInvitationToken.safeParse(token).success) return { state: "unknown" };
  const prisma = await getPrisma();
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      email: true,
      role: true,
      usedAt: true,
      expiresAt: true,
      workspace: { select: { name: true } },
      department: { select: { name: true } },
    },
  });
  if (!invitation) return { state: "unknown" };
  const state = getInvitationState(invitation, now);
  if (state !== "pending") return { state };
  // Told only to whoever holds the link, which was made for this email.
  const account = await prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    state,
    hasAccount: account !== null,
    email: invitation.email,
    workspaceName: invitation.workspace.name,
    role: invitation.role,
    departmentName: invitation.department?.name ?? null,
    expiresAt: invitation.expiresAt,
  };
}
