import type { Server } from 'node:http'

/**
 * How long a client may take, on `server` (not yet listening):
 * - the request line and headers within 10 s (Node: 60 s), so a client that
 *   sends them a byte at a time holds a connection no longer;
 * - the whole request within 30 s (Node: 300 s): the largest body the API
 *   takes is 1 MB, which needs only about 300 kbit/s in that time.
 * Node checks these every `connectionsCheckingInterval` (30 s by default,
 * read when the server starts listening), so a late client would be cut up
 * to that much later: every 2 s instead. The answer is a 408 and the
 * connection closes.
 */
export function applyServerTimeouts(server: Server): void {
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000
  // A property of every http.Server, read on 'listening'; @types/node knows it only as a createServer option.
  Object.assign(server, { connectionsCheckingInterval: 2_000 })
}
