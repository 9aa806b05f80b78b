import { CardSkeleton } from "@/components/dashboard/card";

export default function Loading() {
  return (
    <div className="grid gap-6">
      <div className="h-8 w-80 animate-pulse rounded bg-slate-200" aria-hidden="true" />
      <CardSkeleton title="Unowned pain" height="h-48" />
      <CardSkeleton title="Summary" height="h-48" />
    </div>
  );
}
