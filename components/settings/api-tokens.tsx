"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { BUTTON } from "@/components/ui/button";
import { createApiToken } from "@/lib/api-tokens/actions";
import { REVOKED_TOKENS_SHOWN_DAYS, TOKEN_NAME_MAX } from "@/lib/api-tokens/schemas";
import { ApiTokenTable, type TokenRow } from "./api-token-table";

type Props = {
  workspaceId: string;
  tokens: TokenRow[];
  /** A CX lead's view: every member's tokens, each revocable. */
  isWholeWorkspace: boolean;
  /** How many tokens match in all; `tokens` may hold only the newest of them. */
  total: number;
  focusAfterId: string;
};

/** Create (shown once, with a copy button), list and revoke API tokens: a CX lead's list has every member's. */
export function ApiTokens({ workspaceId, tokens, isWholeWorkspace, total, focusAfterId }: Props) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [isPending, startTransition] = useTransition();
  const errorId = useId();

  function create(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await createApiToken({ workspaceId, name });
      if (!result.ok) return setError(result.fieldErrors?.name?.[0] ?? result.formError);
      setError(null);
      setName("");
      setCopied(false);
      setCreated({ name: result.data.name, token: result.data.token });
      router.refresh();
    });
  }

  return (
    <div className="grid gap-4">
      <form onSubmit={create} aria-label="New API token" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="token-name" className="block text-sm font-medium text-slate-800">
            Token name
          </label>
          <input
            id="token-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={TOKEN_NAME_MAX}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            className="mt-1 block w-64 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm"
          />
        </div>
        <button type="submit" disabled={isPending} className={BUTTON.primary}>
          {isPending ? "Creating…" : "Create token"}
        </button>
      </form>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {created ? (
        <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          <p className="font-semibold">
            Token “{created.name}” created. Copy it now: it will not be shown again.
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <span className="text-slate-700">New token:</span>
            <code className="break-all rounded bg-white px-2 py-1 font-mono text-xs">{created.token}</code>
            <button
              type="button"
              className={BUTTON.small}
              onClick={() => void navigator.clipboard?.writeText(created.token).then(() => setCopied(true))}
            >
              {copied ? "Copied" : "Copy token"}
            </button>
          </div>
        </div>
      ) : null}
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">
          {isWholeWorkspace
            ? "This workspace has no API tokens."
            : "You have no API tokens in this workspace."}
        </p>
      ) : (
        <>
          <ApiTokenTable tokens={tokens} isWholeWorkspace={isWholeWorkspace} focusAfterId={focusAfterId} />
          <p className="text-sm text-slate-600">
            Newest first: live tokens, and those revoked in the last {REVOKED_TOKENS_SHOWN_DAYS} days.
            {total > tokens.length ? ` Showing the newest ${tokens.length} of ${total}.` : ""}
          </p>
        </>
      )}
    </div>
  );
}
