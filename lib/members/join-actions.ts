"use server";
// The invitation link's other end, for someone who has an account already: signed in as the invited email, they
// join the workspace with the invited role. The link is spent, as when a new account accepts it.
import { defineAccountAction } from "../actions/define";
import { ActionError } from "../actions/result";
import { joinInvited, takePendingInvitation } from "./invitation-link";
import { ZJoinInvitation } from "./schemas";
import { hashInvitationToken } from "./tokens";

export const joinWithInvitation = defineAccountAction({
  schema: ZJoinInvitation,
  async run({ tx, user, input: { token } }) {
    const invitation = await takePendingInvitation(tx, hashInvitationToken(token));
    if (invitation.email !== user.email)
      throw new ActionError(
        "forbidden",
        `This invitation is for ${invitation.email}, and you are signed in as ${user.email}. Sign in as ${invitation.email} to join.`,
      );
    return joinInvited(tx, {
      invitation,
      user,
      onDuplicate: () => new ActionError("conflict", "You are a member of this workspace already."),
    });
  },
});
