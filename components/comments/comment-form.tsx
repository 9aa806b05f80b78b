"use client";

import { useActionState } from "react";
import { fieldError, Outcome, TextArea } from "@/components/claims/form-parts";
import { useAnnounce } from "@/components/ui/announcer";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { addComment } from "@/lib/comments/actions";
import { COMMENT_MAX } from "@/lib/comments/schemas";

type State = { result: ActionResult<unknown> | null; body: string; sent: number };

export function CommentForm({ touchpointId }: { touchpointId: string }) {
  const announce = useAnnounce();
  const [state, action] = useActionState(
    async (previous: State, form: FormData): Promise<State> => {
      const body = String(form.get("body") ?? "");
      const result = await addComment({ touchpointId, body });
      if (result.ok) announce("Comment posted.");
      return { result, body: result.ok ? "" : body, sent: previous.sent + (result.ok ? 1 : 0) };
    },
    { result: null, body: "", sent: 0 },
  );
  return (
    <form action={action} aria-label="Add a comment" className="grid gap-2" noValidate>
      <TextArea
        key={state.sent}
        id="comment-body"
        name="body"
        label="Comment"
        maxLength={COMMENT_MAX}
        defaultValue={state.body}
        error={fieldError(state.result, "body")}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel="Posting…">Post comment</SubmitButton>
        <Outcome result={state.result} />
      </div>
    </form>
  );
}
