// What an account is made of, for every form that creates one or signs in: first-run setup, accepting an
// invitation, adding a member by email. Pure: the forms validate with it too.
import { z } from "zod";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const PERSON_NAME_MAX = 120;

export const ZEmail = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter an email address." })
  .max(320, { error: "That email address is too long." })
  .pipe(z.email({ error: "Enter a valid email address, e.g. name@example.com." }));

export const ZPersonName = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, { error: "Enter a name." })
  .max(PERSON_NAME_MAX, { error: `Keep the name to ${PERSON_NAME_MAX} characters or fewer.` });

export const ZNewPassword = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { error: `Keep the password to ${PASSWORD_MAX} characters or fewer.` });
