import Link from "@/components/ui/link";

/** The page a one-time link shows when it cannot be used (unknown, used, expired): what to do, and sign-in. */
export function LinkProblem(props: { title: string; message: string }) {
  return (
    <div className="mx-auto grid max-w-md gap-3 py-8">
      <h1 className="text-2xl font-semibold tracking-tight">{props.title}</h1>
      <p className="text-slate-700">{props.message}</p>
      <p>
        <Link href="/sign-in" className="font-medium text-slate-900 underline">
          Go to sign in
        </Link>
      </p>
    </div>
  );
}
