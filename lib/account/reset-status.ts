// What a password reset link says when it cannot be used, for the page and the action alike.
import type { LinkState } from "../auth/link-tokens";

export type ResetProblem = Exclude<LinkState, "pending"> | "unknown";

export const RESET_PROBLEMS: Record<ResetProblem, { title: string; message: string }> = {
  unknown: {
    title: "This password reset link is not valid",
    message: "It may have been replaced by a newer link. Ask a CX lead of your workspace for a new one.",
  },
  used: {
    title: "This password reset link has already been used",
    message: "Each link works once. Sign in with the password you chose.",
  },
  expired: {
    title: "This password reset link has expired",
    message: "Ask a CX lead of your workspace for a new one.",
  },
};
