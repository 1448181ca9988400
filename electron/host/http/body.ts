// Reads a JSON request body with a hard size limit, so a runaway client cannot fill memory.
import type { IncomingMessage } from 'node:http';
import { AppError } from '../../../shared/model/errors';

export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`request body exceeds ${Math.round(limit / 1024 / 1024)} MB`);
  }
}

/** Resolves with the parsed JSON (empty body → {}); rejects with BodyTooLarge or AppError('input.invalid'). */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new BodyTooLarge(limit);
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = `request body is not JSON (${error instanceof Error ? error.message : String(error)})`;
    throw new AppError('input.invalid', { detail }, detail);
  }
}
