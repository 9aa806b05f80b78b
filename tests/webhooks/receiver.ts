// A real HTTP receiver for webhook tests and the bench: node:http on port 0, recording every request as it came
// (headers and raw body) and answering with what `respond` says. Signatures are checked by the tests with the
// independent `standardwebhooks` package, never with the app's own code.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type ReceivedRequest = { headers: Record<string, string>; body: string; at: number };
export type Reply = { status: number; headers?: Record<string, string>; hang?: boolean };

export type Receiver = {
  url: string;
  requests: ReceivedRequest[];
  respond: (request: ReceivedRequest) => Reply;
  close: () => Promise<void>;
};

export async function startReceiver(respond: (request: ReceivedRequest) => Reply = () => ({ status: 200 })) {
  const sockets = new Set<import("node:net").Socket>();
  const receiver = { requests: [] as ReceivedRequest[], respond } as Receiver;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === "string") headers[name] = value;
      const request = { headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() };
      receiver.requests.push(request);
      const reply = receiver.respond(request);
      if (reply.hang) return;
      res.writeHead(reply.status, reply.headers).end("ok");
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return receiver;
}

/** The body as `standardwebhooks` verifies it with `secret`; throws when the signature or timestamp is wrong. */
export function verifyWith(
  secret: string,
  request: ReceivedRequest,
): { type: string; timestamp: string; data: Record<string, unknown> } {
  return new Webhook(secret).verify(request.body, request.headers) as never;
}
