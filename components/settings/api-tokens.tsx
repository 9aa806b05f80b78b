"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { BUTTON } from "@/components/ui/button";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/actions";
import { TOKEN_NAME_MAX } from "@/lib/api-tokens/schemas";

export type TokenRow = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "Never");

/** Create (shown once, with a copy button), list and revoke the member's own API tokens. */
export function ApiTokens({ workspaceId, tokens }: { workspaceId: string; tokens: TokenRow[] }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [revoking, setRevoking] = useState<TokenRow | null>(null);
  const [isPending, startTransition] = useTransition();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const errorId = useId();
  const titleId = useId();

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

  function revoke() {
    if (!revoking) return;
    startTransition(async () => {
      const result = await revokeApiToken({ id: revoking.id });
      dialogRef.current?.close();
      if (!result.ok) return setError(result.formError);
      setRevoking(null);
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
        <p className="text-sm text-slate-600">You have no API tokens in this workspace.</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Your API tokens</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pr-3">
                Name
              </th>
              <th scope="col" className="py-1 pr-3">
                Created
              </th>
              <th scope="col" className="py-1 pr-3">
                Last used
              </th>
              <th scope="col" className="py-1">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className="border-b border-slate-100">
                <td className="py-1 pr-3">{t.name}</td>
                <td className="py-1 pr-3">{when(t.createdAt)}</td>
                <td className="py-1 pr-3">{when(t.lastUsedAt)}</td>
                <td className="py-1 text-right">
                  <button
                    type="button"
                    className={BUTTON.small}
                    aria-label={`Revoke ${t.name}`}
                    onClick={() => {
                      setRevoking(t);
                      dialogRef.current?.showModal();
                    }}
                  >
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Revoke “{revoking?.name}”?
        </h2>
        <p className="mt-2 text-sm text-slate-700">Programs using this token will be refused from now on.</p>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" onClick={() => dialogRef.current?.close()} className={BUTTON.secondary}>
            Cancel
          </button>
          <button type="button" onClick={revoke} disabled={isPending} className={BUTTON.danger}>
            {isPending ? "Revoking…" : "Revoke token"}
          </button>
        </div>
      </dialog>
    </div>
  );
}
