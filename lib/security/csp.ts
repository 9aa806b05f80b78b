// The Content-Security-Policy of every page. Scripts need the per-request nonce (proxy.ts sets it; Next puts it
// on its own script tags); styles allow inline because components set colours in style attributes, and a
// nonce in style-src would make browsers ignore 'unsafe-inline'.
export function buildContentSecurityPolicy(opts: { nonce: string; isDevelopment: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React in development rebuilds server error stacks with eval; production never needs it.
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: unguessable per response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
