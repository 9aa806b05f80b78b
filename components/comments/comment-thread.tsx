import { formatDate } from "@/components/claims/claim-history";
import type { CommentView } from "@/lib/comments/queries";
import { CommentForm } from "./comment-form";

/** Plain text only: React escapes the body, and whitespace-pre-line keeps the writer's line breaks. */
export function CommentThread(props: {
  touchpointId: string;
  comments: readonly CommentView[];
  canWrite: boolean;
}) {
  return (
    <section aria-labelledby="comments-heading" className="grid gap-3">
      <h2 id="comments-heading" className="text-lg font-semibold">
        Comments
      </h2>
      {props.comments.length === 0 ? (
        <p className="text-sm text-slate-600">No comments yet.</p>
      ) : (
        <ol className="grid gap-3">
          {props.comments.map((comment) => (
            <li key={comment.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
              <p className="whitespace-pre-line text-slate-900">{comment.body}</p>
              <p className="mt-1 text-xs text-slate-500">
                {comment.authorName ?? "Someone"}, {formatDate(comment.createdAt)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {props.canWrite ? (
        <CommentForm touchpointId={props.touchpointId} />
      ) : (
        <p className="text-sm text-slate-600">CX leads and department heads can comment.</p>
      )}
    </section>
  );
}
