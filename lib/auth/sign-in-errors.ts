// What the sign-in page says for the `error` next-auth (or the SSO check, lib/auth/sso.ts) puts in its URL.
export function describeSignInError(code: string | null | undefined, ssoName: string): string | null {
  if (!code) return null;
  switch (code) {
    case "SsoNotMember":
      return `You signed in with ${ssoName}, but no workspace here has a member with that email address. Ask a CX lead of your workspace to add you, then try again.`;
    case "SsoEmailUnverified":
      return `${ssoName} did not confirm that your email address is verified, so it cannot be matched to a member.`;
    case "SsoNoEmail":
      return `${ssoName} did not share your email address, so it cannot be matched to a member.`;
    default:
      return `Signing in with ${ssoName} did not work. Try again, or sign in with your email and password.`;
  }
}
