import "server-only";
// next-auth's configuration: email and password sign-in, sessions as signed JWTs in http-only cookies (Secure
// when NEXTAUTH_URL is https). Built on first use, so `next build` needs no secret.
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getAuthSecret } from "../env";
import { authenticate, getClientIp } from "./sign-in";

const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

let options: AuthOptions | undefined;

export function getAuthOptions(): AuthOptions {
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: (credentials, request) =>
          authenticate({
            email: credentials?.email,
            password: credentials?.password,
            ip: getClientIp(request.headers),
          }),
      }),
    ],
    callbacks: {
      // The token's subject is the user id (next-auth sets it from authorize's user); pages look the user up.
      session: ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub } }),
    },
  };
  return options;
}
