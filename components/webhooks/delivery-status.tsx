import type { DeliveryStatus } from "@/lib/webhooks/queries";

const LABELS: Record<DeliveryStatus, { text: string; className: string }> = {
  DELIVERED: { text: "Delivered", className: "text-emerald-800" },
  PENDING: { text: "Pending", className: "text-slate-800" },
  FAILED: { text: "Failed", className: "text-red-700" },
};

/** A delivery's status in words (colour only as a second cue). */
export function DeliveryStatusText({ status }: { status: DeliveryStatus }) {
  const label = LABELS[status];
  return <span className={`font-medium ${label.className}`}>{label.text}</span>;
}

/** Times in the log: UTC, to the second, the same on every screen and in every receiver's logs. */
export function formatTime(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
