import { EmptyState } from "@/components/ui/empty-state";
import Link from "@/components/ui/link";

export default function JourneyNotFound() {
  return (
    <EmptyState title="Journey not found">
      This journey does not exist, or it is not in your workspace.{" "}
      <Link href="/" className="font-medium text-blue-700 underline">
        Go to your journeys
      </Link>
    </EmptyState>
  );
}
