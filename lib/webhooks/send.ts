// One HTTP POST of a webhook, on node:http(s) rather than fetch so the guard owns the DNS lookup, redirects are
// never followed (a 3xx is a failed attempt) and the whole exchange has one deadline, a slow-dripping body too.
import http from "node:http";
import https from "node:https";
import { checkLiteralHost, guardedLookup } from "./guard";

export const SEND_TIMEOUT_MS = 10_000;

export type SendResult = { statusCode: number | null; error: string | null; durationMs: number };

export function isSuccess(result: SendResult): boolean {
  return result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
}

export function sendWebhook(opts: {
  url: string;
  headers: Record<string, string>;
  body: string;
  allowPrivate: boolean;
  timeoutMs?: number;
}): Promise<SendResult> {
  const started = performance.now();
  const done = (statusCode: number | null, error: string | null): SendResult => ({
    statusCode,
    error,
    durationMs: Math.round(performance.now() - started),
  });
  const url = new URL(opts.url);
  if (!opts.allowPrivate) {
    const refused = checkLiteralHost(url);
    if (refused) return Promise.resolve(done(null, refused.message));
  }
  const timeoutMs = opts.timeoutMs ?? SEND_TIMEOUT_MS;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(done(statusCode, error));
    };
    const request = client.request(
      url,
      {
        method: "POST",
        headers: {
          ...opts.headers,
          "content-length": String(Buffer.byteLength(opts.body)),
          "user-agent": "Throughline-Webhooks/1",
        },
        ...(opts.allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        // The body is read and dropped: only the status matters, and reading frees the socket for reuse.
        response.resume();
        response.on("end", () => finish(response.statusCode ?? null, null));
        response.on("error", (error) => finish(response.statusCode ?? null, error.message));
      },
    );
    const deadline = setTimeout(() => {
      finish(null, `No response within ${timeoutMs / 1000} s`);
      request.destroy();
    }, timeoutMs);
    request.on("error", (error) => finish(null, error.message));
    request.end(opts.body);
  });
}
