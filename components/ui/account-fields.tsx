import type { FieldErrors } from "@/lib/actions/result";
import { PASSWORD_MIN } from "@/lib/auth/account-schemas";
import { Field } from "./field";

type Props = {
  /** Ids become `<idPrefix>-name`, `-email`, `-password` and `-confirm`. */
  idPrefix: string;
  /** The failed action's field errors, keyed by input name; the first of each is shown. */
  errors?: FieldErrors;
  /** An email input (first run); an invitation's email is fixed, so its form has none. */
  hasEmail?: boolean;
  /** The password asked a second time, as `confirm`. */
  hasConfirm?: boolean;
  /** Typed values to put back after a failed submit. The password is never put back. */
  defaults?: { name?: string; email?: string };
  /** False for a form that only sets a password (a reset link, a password change). */
  hasName?: boolean;
  /** "Password" by default; "New password" where a current one is also asked. */
  passwordLabel?: string;
};

/** The fields of a new account: the person's name, optionally their email, and a new password. */
export function AccountFields(props: Props) {
  const { idPrefix, errors, hasEmail, hasConfirm, defaults } = props;
  const passwordLabel = props.passwordLabel ?? "Password";
  const errorOf = (field: string) => errors?.[field]?.[0];
  return (
    <>
      {props.hasName === false ? null : (
        <Field
          id={`${idPrefix}-name`}
          name="name"
          label="Your name"
          autoComplete="name"
          defaultValue={defaults?.name}
          error={errorOf("name")}
        />
      )}
      {hasEmail ? (
        <Field
          id={`${idPrefix}-email`}
          name="email"
          type="email"
          label="Email"
          autoComplete="username"
          defaultValue={defaults?.email}
          error={errorOf("email")}
        />
      ) : null}
      <Field
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        label={passwordLabel}
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={errorOf("password")}
      />
      {hasConfirm ? (
        <Field
          id={`${idPrefix}-confirm`}
          name="confirm"
          type="password"
          label={`${passwordLabel} again`}
          autoComplete="new-password"
          error={errorOf("confirm")}
        />
      ) : null}
    </>
  );
}
