import { CardSkeleton } from "@/components/dashboard/card";

export default function Loading() {
  return (
    <div className="grid gap-6">
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" aria-hidden="true" />
      <CardSkeleton title="Headline numbers" height="h-24" />
      <CardSkeleton title="The journey line" />
      <CardSkeleton title="Where it breaks" height="h-64" />
    </div>
  );
}
