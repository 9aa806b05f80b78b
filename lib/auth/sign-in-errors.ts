// What the sign-in page says for the `error` next-auth (or the SSO check, lib/auth/sso.ts) puts in its URL.
export function describeSignInError(code: string | null | undefined, ssoName: string): string | null {
  if (!code) return null;
  switch (code) {
    case "SsoNotMember":
      return `You signed in with ${ssoName}, but no workspace here has a member with that email address. Ask a CX lead of your workspace to add you, then try again.`;
    case "SsoEmailUnverified":
      return `${ssoName} did not confirm that your email address is verified, so it cannot be matched to a member.`;
    case "SsoDomainNotAllowed":
      return `${ssoName} signed you in with an email address outside the domains this Throughline accepts for single sign-on. Sign in with your work account, or with your email and password.`;
    case "SsoAccountLinkedElsewhere":
      return `Your Throughline account is linked to a different ${ssoName} account than the one you just used, so it was not let in. Sign in with the ${ssoName} account you used before; if your ${ssoName} account has changed, ask your administrator to reset the link.`;
    case "SsoIdentityLinkedElsewhere":
      return `This ${ssoName} account is linked to a different Throughline account (it signed in before with another email address), so it was not let in. Ask your administrator to reset the link.`;
    case "SsoNoEmail":
      return `${ssoName} did not share your email address, so it cannot be matched to a member.`;
    default:
      return `Signing in with ${ssoName} did not work. Try again, or sign in with your email and password.`;
  }
}
