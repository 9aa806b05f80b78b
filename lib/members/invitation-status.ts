// What an invitation link says when it cannot be used, in one place for the page and the accept actions.
import { ActionError } from "../actions/result";
import type { InvitationState } from "./tokens";

export type LinkProblem = Exclude<InvitationState, "pending"> | "unknown";

export const LINK_PROBLEMS: Record<LinkProblem, { title: string; message: string }> = {
  unknown: {
    title: "This invitation link is not valid",
    message:
      "It may have been replaced by a newer link or withdrawn. Ask a CX lead of your workspace for a new invitation.",
  },
  used: {
    title: "This invitation link has already been used",
    message: "Each link works once. If you accepted it, sign in with the email and password you chose.",
  },
  expired: {
    title: "This invitation link has expired",
    message: "Ask a CX lead of your workspace to send you a new invitation link.",
  },
};

/** The same words as an action's refusal: not found for an unknown link, a conflict for a spent or old one. */
export function linkProblem(state: LinkProblem): ActionError {
  const problem = LINK_PROBLEMS[state];
  return new ActionError(
    state === "unknown" ? "not_found" : "conflict",
    `${problem.title}. ${problem.message}`,
  );
}
