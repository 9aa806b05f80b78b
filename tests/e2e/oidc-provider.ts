// A real OpenID Connect provider (the `oidc-provider` package) for the single sign-on browser test: discovery,
// its own login and consent pages, signed ID tokens. Anyone may log in with any password, as one of the
// accounts below (the login name is the subject); an unknown login is refused by the provider itself.
import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import Provider, { type Configuration } from "oidc-provider";

export type TestIdpAccount = { email: string; emailVerified: boolean; name: string };

export type TestIdp = { issuer: string; close: () => Promise<void> };

export async function startTestIdp(opts: {
  port: number;
  client: { id: string; secret: string; redirectUri: string };
  accounts: Record<string, TestIdpAccount>;
}): Promise<TestIdp> {
  const issuer = `http://127.0.0.1:${opts.port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: opts.client.id,
        client_secret: opts.client.secret,
        redirect_uris: [opts.client.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    findAccount: (_ctx, sub) => {
      const account = opts.accounts[sub];
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name,
        }),
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // next-auth reads the person from the ID token (idToken: true), as Okta, Entra ID and Google put the
    // requested claims there; the spec-strict default would keep them for the userinfo endpoint only.
    conformIdTokenClaims: false,
    cookies: { keys: ["throughline-e2e-only-cookie-key"] },
    // A signing key and lifetimes of its own, so the provider logs only the warnings a test cannot avoid.
    jwks: {
      keys: [{ ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }) }],
    },
    ttl: {
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    features: { devInteractions: { enabled: true } },
  };
  const provider = new Provider(issuer, configuration);
  const handle = provider.callback();
  // Browsers ask every origin for a favicon; a 404 would show up as a console error in the test.
  const server: Server = createServer((request, response) => {
    if (request.url === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    void handle(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "127.0.0.1", resolve);
  });
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
