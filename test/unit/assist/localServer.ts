/** A chat-completions server on a free local port for the tests, closed after them. */
import { after } from 'node:test';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Handler = (body: Record<string, unknown>, res: ServerResponse) => void;
export const completion = (content: string | null, refusal?: string) => JSON.stringify({ model: 'local-model-1', choices: [{ message: { content, ...(refusal ? { refusal } : {}) } }] });

/** `seen` keeps each request's body, authorization header and path. */
export async function localServer(handler: Handler) {
  const seen: { body: Record<string, unknown>; auth: string | undefined; path: string }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const body = JSON.parse(data) as Record<string, unknown>;
      seen.push({ body, auth: req.headers.authorization, path: req.url ?? '' });
      handler(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, seen };
}

