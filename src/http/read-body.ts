/**
 * Reads a JSON request body within a byte limit, before any framework or SDK touches it.
 */
import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; reason: string };

/** The largest body /api/messages accepts. Teams messages are at most about 100 KB, cards included. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Content types we parse: JSON in UTF-8 (Bot Framework sends `application/json; charset=utf-8`). */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [mediaType = '', ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json') return false;
  return parameters.every((parameter) => !parameter.startsWith('charset=') || /^charset="?utf-8"?$/.test(parameter));
}

/**
 * Reads and parses the body. Answers 415 for anything but uncompressed UTF-8 JSON, 413 past `limit`
 * bytes (declared or actual), 400 for invalid JSON.
 */
export async function readJsonBody(request: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<BodyResult> {
  if (!isJsonContentType(request.headers['content-type'])) {
    return { ok: false, status: 415, reason: 'content type must be application/json' };
  }
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') {
    return { ok: false, status: 415, reason: 'compressed bodies are not accepted' };
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return { ok: false, status: 413, reason: `body larger than ${limit} bytes` };
  }
  const body = await collect(request, limit);
  if (body === undefined) return { ok: false, status: 413, reason: `body larger than ${limit} bytes` };
  if (body === 'error') return { ok: false, status: 400, reason: 'body could not be read' };
  const text = body.toString('utf8');
  if (text.trim() === '') return { ok: false, status: 400, reason: 'empty body' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, reason: 'body is not valid JSON' };
  }
}

/**
 * Collects the body, or stops at `limit` bytes and leaves the rest unread: the caller answers 413 and
 * closes the connection. (Breaking out of `for await` would destroy the socket before the answer.)
 */
function collect(request: IncomingMessage, limit: number): Promise<Buffer | undefined | 'error'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | undefined | 'error'): void => {
      request.off('data', onData).off('end', onEnd).off('error', onError).off('aborted', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        request.pause();
        finish(undefined);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish(Buffer.concat(chunks, size));
    const onError = (): void => finish('error');
    request.on('data', onData).on('end', onEnd).on('error', onError).on('aborted', onError);
  });
}
