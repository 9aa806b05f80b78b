// Inputs of the members and invitation actions, shared by the forms and the server.
import { z } from "zod";
import { ZEmail, ZNewPassword, ZPersonName } from "../auth/account-schemas";
import { MemberRole } from "../db/generated/enums";

/** How long an invitation link works (README, Members). */
export const INVITATION_TTL_DAYS = 7;
/** How long a password reset link works: short, since it signs someone in. */
export const RESET_TTL_HOURS = 24;

const ZId = z.uuid({ error: "That id is not valid." });

export const ZMemberRole = z.enum(MemberRole, { error: "Choose a role from the list." });

/** Blank means "no department"; the role decides whether one is needed. */
const ZOptionalDepartment = z
  .union([ZId, z.literal(""), z.null()])
  .optional()
  .transform((value) => (value ? value : null));

type RoleAndDepartment = { role: MemberRole; departmentId: string | null };

/** The database checks the same rule (Membership_department_matches_role): heads, and only heads, have one. */
function refineDepartment(value: RoleAndDepartment, ctx: z.RefinementCtx): void {
  if (value.role === "DEPARTMENT_HEAD" && !value.departmentId)
    ctx.addIssue({
      code: "custom",
      path: ["departmentId"],
      message: "Choose the department this head leads.",
    });
}

/** Only heads keep a department, whatever the form sent along. */
const dropDepartmentUnlessHead = <T extends RoleAndDepartment>(value: T): T => ({
  ...value,
  departmentId: value.role === "DEPARTMENT_HEAD" ? value.departmentId : null,
});

export const ZAddMember = z
  .object({ workspaceId: ZId, email: ZEmail, role: ZMemberRole, departmentId: ZOptionalDepartment })
  .superRefine(refineDepartment)
  .transform(dropDepartmentUnlessHead);
export type TAddMember = z.input<typeof ZAddMember>;

export const ZChangeMember = z
  .object({ membershipId: ZId, role: ZMemberRole, departmentId: ZOptionalDepartment })
  .superRefine(refineDepartment)
  .transform(dropDepartmentUnlessHead);
export type TChangeMember = z.input<typeof ZChangeMember>;

export const ZMembershipId = z.object({ membershipId: ZId });
export type TMembershipId = z.input<typeof ZMembershipId>;

export const ZInvitationId = z.object({ invitationId: ZId });
export type TInvitationId = z.input<typeof ZInvitationId>;

/** 32 random bytes in base64url (lib/members/tokens.ts). */
export const ZInvitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This link is not valid." });

export const ZJoinInvitation = z.object({ token: ZInvitationToken });

export const ZAcceptInvitation = z
  .object({ token: ZInvitationToken, name: ZPersonName, password: ZNewPassword, confirm: z.string() })
  .refine((value) => value.password === value.confirm, {
    path: ["confirm"],
    message: "The two passwords differ. Type the same password twice.",
  });
export type TAcceptInvitation = z.input<typeof ZAcceptInvitation>;

export const ROLE_LABELS: Record<MemberRole, string> = {
  CX_LEAD: "CX lead",
  DEPARTMENT_HEAD: "Department head",
  EXECUTIVE: "Executive",
  VIEWER: "Viewer",
};

export const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({
  value: value as MemberRole,
  label,
}));
