// The request headers server code sees in tests (tests/setup/mock-next.ts replaces next/headers with these):
// none, unless a test gives some (the client's address for rate limits, say). Reset after every test file.
let current: Record<string, string> = {};

export function setRequestHeaders(headers: Record<string, string>): void {
  current = { ...headers };
}

export function requestHeaders(): Headers {
  return new Headers(current);
}
