// Signing in over HTTP as the reference workspace's CX lead, the way a browser does with next-auth's
// credentials provider: fetch a CSRF token, post the form, keep the cookies it sets.

type Cookies = Map<string, string>;

function keepCookies(jar: Cookies, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair = ""] = header.split(";");
    const separator = pair.indexOf("=");
    if (separator > 0) jar.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
  }
}

const toHeader = (jar: Cookies) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/**
 * The Cookie header of a signed-in session, or null when this build has no sign-in (next-auth's routes
 * answer 404), in which case pages are open and need no cookie.
 */
export async function signIn(opts: {
  baseUrl: string;
  email: string;
  password: string;
}): Promise<string | null> {
  const jar: Cookies = new Map();
  const csrf = await fetch(`${opts.baseUrl}/api/auth/csrf`);
  if (csrf.status === 404) return null;
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf → ${csrf.status}`);
  keepCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf gave no csrfToken");

  const form = new URLSearchParams({
    csrfToken,
    email: opts.email,
    password: opts.password,
    callbackUrl: `${opts.baseUrl}/`,
    json: "true",
  });
  const callback = await fetch(`${opts.baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: toHeader(jar) },
    body: form,
    redirect: "manual",
  });
  keepCookies(jar, callback);
  await callback.body?.cancel();

  const cookie = toHeader(jar);
  const session = await fetch(`${opts.baseUrl}/api/auth/session`, { headers: { Cookie: cookie } });
  const body = (await session.json().catch(() => null)) as { user?: { email?: string } } | null;
  if (body?.user?.email !== opts.email)
    throw new Error(
      `Signing in as ${opts.email} failed (POST /api/auth/callback/credentials → ${callback.status}).`,
    );
  return cookie;
}
