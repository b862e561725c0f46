import type { IncomingMessage, ServerResponse } from 'node:http'

/** The whole request body. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** A JSON answer, closing the connection. */
export function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  // no keep-alive: a dropped connection (fault injection) never poisons a pooled socket
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    Connection: 'close',
  })
  res.end(text)
}
