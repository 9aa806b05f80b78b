import type { ClaimView } from "@/lib/claims/queries";

const STATUS_TEXT = {
  PENDING: "Pending",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
} as const;

const STATUS_STYLE = {
  PENDING: "bg-amber-50 text-amber-900 ring-amber-600/40",
  APPROVED: "bg-green-50 text-green-800 ring-green-600/30",
  REJECTED: "bg-red-50 text-red-800 ring-red-600/30",
  WITHDRAWN: "bg-slate-100 text-slate-700 ring-slate-400/40",
} as const;

export function ClaimStatusBadge({ status }: { status: ClaimView["status"] }) {
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STATUS_STYLE[status]}`}
    >
      {STATUS_TEXT[status]}
    </span>
  );
}

export function formatDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** One claim in words: who asked for what and why, and what was decided. Text is rendered escaped by React. */
export function ClaimSummary({ claim }: { claim: ClaimView }) {
  return (
    <div className="grid gap-1 text-sm">
      <p>
        <span className="font-medium">{claim.departmentName}</span> claimed <strong>{claim.role}</strong>{" "}
        <ClaimStatusBadge status={claim.status} />
      </p>
      <p className="text-slate-700">“{claim.reason}”</p>
      <p className="text-xs text-slate-500">
        {claim.authorName ?? "Someone"}, {formatDate(claim.createdAt)}
      </p>
      {claim.decidedAt && claim.status !== "WITHDRAWN" ? (
        <p className="text-xs text-slate-600">
          {STATUS_TEXT[claim.status]} by {claim.decidedByName ?? "someone"}, {formatDate(claim.decidedAt)}
          {claim.decisionNote ? `: “${claim.decisionNote}”` : ""}
        </p>
      ) : null}
    </div>
  );
}

export function ClaimHistory({ claims }: { claims: readonly ClaimView[] }) {
  if (claims.length === 0) return <p className="text-sm text-slate-600">No claims yet.</p>;
  return (
    <ol className="grid gap-3">
      {claims.map((claim) => (
        <li key={claim.id} className="border-l-2 border-slate-200 pl-3">
          <ClaimSummary claim={claim} />
        </li>
      ))}
    </ol>
  );
}
