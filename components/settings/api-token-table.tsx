"use client";

import { ConfirmButton } from "@/components/ui/confirm-button";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import { revokeApiToken } from "@/lib/api-tokens/actions";
import type { ApiTokenState } from "@/lib/api-tokens/schemas";

/** An ApiTokenRow (lib/api-tokens/queries.ts) with its dates as ISO strings, as a client component receives it. */
export type TokenRow = {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  state: ApiTokenState;
  creator: { name: string; email: string };
  isOwn: boolean;
};

const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "Never");

function stateText(token: TokenRow): string {
  if (token.state === "revoked") return `Revoked ${when(token.revokedAt)}`;
  if (token.state === "creator_left") return "Not working: its creator left the workspace";
  return "Active";
}

type Props = {
  tokens: TokenRow[];
  /** A CX lead's view: every member's tokens, with a column for who created each. */
  isWholeWorkspace: boolean;
  /** Receives focus after a revoke, as the row's button goes away with it. */
  focusAfterId: string;
};

/** The tokens the member may see, each live one with a revoke button that asks first. */
export function ApiTokenTable({ tokens, isWholeWorkspace, focusAfterId }: Props) {
  const columns = [
    "Name",
    ...(isWholeWorkspace ? ["Created by"] : []),
    "Created",
    "Last used",
    "State",
    { label: "Actions", isHidden: true } as const,
  ];
  return (
    <Table caption={isWholeWorkspace ? "API tokens of this workspace" : "Your API tokens"} columns={columns}>
      {tokens.map((token) => {
        const owner = token.isOwn ? "" : `, created by ${token.creator.name}`;
        return (
          <tr key={token.id}>
            <RowHeader>{token.name}</RowHeader>
            {isWholeWorkspace ? (
              <Cell className="text-slate-700">
                {token.creator.name}
                {token.isOwn ? <span className="ml-1 text-slate-600">(you)</span> : null}
                <span className="block text-xs text-slate-600">{token.creator.email}</span>
              </Cell>
            ) : null}
            <Cell className="text-slate-700">{when(token.createdAt)}</Cell>
            <Cell className="text-slate-700">{when(token.lastUsedAt)}</Cell>
            <Cell className={token.state === "active" ? "text-slate-700" : "font-medium text-slate-900"}>
              {stateText(token)}
            </Cell>
            {/* w-px keeps the column to the button; no text-right or nowrap, which the dialog inside would inherit. */}
            <Cell className="w-px">
              {token.state === "revoked" ? null : (
                <ConfirmButton
                  label="Revoke"
                  accessibleName={`Revoke token ${token.name}${owner}`}
                  title={`Revoke token “${token.name}”${owner}?`}
                  confirmLabel="Revoke token"
                  pendingLabel="Revoking…"
                  success={`Revoked token “${token.name}”${owner}.`}
                  focusAfterId={focusAfterId}
                  run={() => revokeApiToken({ id: token.id })}
                >
                  <p>
                    Programs using this token will be refused from now on. This cannot be undone
                    {token.isOwn
                      ? "; you can create a new token."
                      : `. ${token.creator.name} (${token.creator.email}) can create a new one, and the activity log records that you revoked it.`}
                  </p>
                </ConfirmButton>
              )}
            </Cell>
          </tr>
        );
      })}
    </Table>
  );
}
