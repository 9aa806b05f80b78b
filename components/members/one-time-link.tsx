"use client";

import { useId, useState } from "react";
import { BUTTON } from "@/components/ui/button";
import { INVITATION_TTL_DAYS } from "@/lib/members/schemas";

/** The one time an invitation link is shown: only its hash is stored, so it cannot be shown again. */
export function InvitationLink(props: {
  email: string;
  token: string;
  expiresAt: string;
  onDone: () => void;
}) {
  return (
    <OneTimeLink
      title={`Invitation link for ${props.email}`}
      path={`/invite/${props.token}`}
      lasts={`${INVITATION_TTL_DAYS} days`}
      sendTo={props.email}
      expiresAt={props.expiresAt}
      onDone={props.onDone}
    />
  );
}

/** A link that works once and is shown once (an invitation, a password reset), with a Copy button. */
export function OneTimeLink(props: {
  title: string;
  path: string;
  /** How long it works, in words ("7 days"). */
  lasts: string;
  sendTo: string;
  expiresAt: string;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const inputId = useId();
  const noteId = useId();
  const url = `${window.location.origin}${props.path}`;
  const expires = new Date(props.expiresAt).toLocaleString(undefined, {
    dateStyle: "medium",
    timeStyle: "short",
  });

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <section
      aria-labelledby={`${inputId}-title`}
      className="grid gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm"
    >
      <h3 id={`${inputId}-title`} className="font-semibold text-slate-900">
        {props.title}
      </h3>
      <p id={noteId} className="text-slate-700">
        Send this link to {props.sendTo}. It works once, expires in {props.lasts} ({expires}), and is shown
        only now: copy it before you close this box.
      </p>
      <label htmlFor={inputId} className="sr-only">
        {props.title}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={inputId}
          readOnly
          value={url}
          aria-describedby={noteId}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono text-xs text-slate-900"
        />
        <button type="button" onClick={copy} className={BUTTON.primary}>
          Copy link
        </button>
        <button type="button" onClick={props.onDone} className={BUTTON.secondary}>
          Done
        </button>
      </div>
      <p role="status" className="text-slate-700">
        {copied === "yes"
          ? "Copied to the clipboard."
          : copied === "failed"
            ? "Copying failed: select the link and copy it yourself."
            : ""}
      </p>
    </section>
  );
}
