// Inputs of a person's own account actions, shared by the forms and the server.
import { z } from "zod";
import { ZNewPassword } from "../auth/account-schemas";

export const ZChangePassword = z
  .object({
    current: z
      .string({ error: "Enter your current password." })
      .min(1, { error: "Enter your current password." })
      .max(1000),
    password: ZNewPassword,
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, {
    error: "The two new passwords do not match.",
    path: ["confirm"],
  })
  .refine((value) => value.password !== value.current, {
    error: "Choose a password different from the current one.",
    path: ["password"],
  });
export type TChangePassword = z.input<typeof ZChangePassword>;

export const ZNoInput = z.object({});

export const ZResetToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This link is not valid." });

export const ZResetPassword = z
  .object({ token: ZResetToken, password: ZNewPassword, confirm: z.string() })
  .refine((value) => value.password === value.confirm, {
    error: "The two passwords do not match.",
    path: ["confirm"],
  });
export type TResetPassword = z.input<typeof ZResetPassword>;
