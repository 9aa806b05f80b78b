// Claims and contests at the boundary: shared by the forms and the server actions.
import { z } from "zod";

export const REASON_MAX = 500;
export const NOTE_MAX = 500;

/** Heads ask for the seat (A) or the work (R); C and I are the CX lead's to hand out on the matrix. */
export const CLAIMABLE_ROLES = ["A", "R"] as const;
export type TClaimableRole = (typeof CLAIMABLE_ROLES)[number];

/** What a department that loses A becomes: a lesser role, or nothing. */
export const DEMOTIONS = ["R", "C", "I", "NONE"] as const;
export type TDemotion = (typeof DEMOTIONS)[number];

const text = (what: string, max: number) =>
  z
    .string({ error: `Write a ${what}.` })
    .trim()
    .min(1, { error: `Write a ${what}.` })
    .max(max, { error: `Keep the ${what} under ${max} characters.` });

export const ZCreateClaim = z.object({
  touchpointId: z.uuid({ error: "Unknown touchpoint." }),
  role: z.enum(CLAIMABLE_ROLES, { error: "Claim A (Accountable) or R (Responsible)." }),
  reason: text("reason", REASON_MAX),
});
export type TCreateClaim = z.infer<typeof ZCreateClaim>;

export const ZClaimId = z.object({ claimId: z.uuid({ error: "Unknown claim." }) });
export type TClaimId = z.infer<typeof ZClaimId>;

export const ZReleaseRole = z.object({ touchpointId: z.uuid({ error: "Unknown touchpoint." }) });
export type TReleaseRole = z.infer<typeof ZReleaseRole>;

const ZDemotion = z.enum(DEMOTIONS, { error: "Choose R, C, I or no role." });

export const ZDecideClaim = z.object({
  claimId: z.uuid({ error: "Unknown claim." }),
  decision: z.enum(["approve", "reject"], { error: "Approve or reject." }),
  note: text("note", NOTE_MAX),
  /** Needed only when approving A takes the seat from another department. */
  demoteTo: ZDemotion.optional(),
});
export type TDecideClaim = z.infer<typeof ZDecideClaim>;

export const ZResolveContest = z.object({
  touchpointId: z.uuid({ error: "Unknown touchpoint." }),
  /** The department that becomes Accountable. */
  departmentId: z.uuid({ error: "Choose the accountable department." }),
  note: text("note", NOTE_MAX),
  /** What the other A holders become; needed only when there are any. */
  demoteTo: ZDemotion.optional(),
});
export type TResolveContest = z.infer<typeof ZResolveContest>;

/** How far back the inbox looks for decisions and touchpoints left unowned. */
export const INBOX_WINDOW_DAYS = 14;

/** The longest name search a head's candidate list takes; a longer one is cut to it. */
export const CANDIDATE_SEARCH_MAX = 100;

/** A head's candidate list filters, from the URL: a name substring (case-insensitive) and a journey. */
export type TCandidateFilters = { q?: string; journeyId?: string };

type TSearchParam = string | string[] | undefined;

const first = (value: TSearchParam) => (Array.isArray(value) ? value[0] : value);

/**
 * `?q=` and `?journey=` as filters, forgiving like `?page=`: a blank search or a journey that is not an id is
 * no filter, a long search is cut to CANDIDATE_SEARCH_MAX characters. (The query drops another tenant's id.)
 */
export function parseCandidateFilters(params: {
  q?: TSearchParam;
  journey?: TSearchParam;
}): TCandidateFilters {
  // Code points, so a cut never splits a character in two.
  const q = [...(first(params.q) ?? "").trim()].slice(0, CANDIDATE_SEARCH_MAX).join("").trim();
  const journey = z.uuid().safeParse(first(params.journey)?.trim());
  return { q: q === "" ? undefined : q, journeyId: journey.success ? journey.data : undefined };
}
