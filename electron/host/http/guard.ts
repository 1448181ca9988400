// Who may talk to the web host. It listens on 127.0.0.1 only, but any web page the user visits can still
// send requests there, so: the Host header must name the loopback address and our port (defeats DNS
// rebinding, which would otherwise let a foreign page read index.html and its token), a cross-origin Origin
// header is refused, and every call and the event stream need this run's random token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const newToken = (): string => randomBytes(24).toString('base64url');

export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

export const hostAllowed = (host: string | undefined, port: number): boolean =>
  typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase());

/** A missing Origin is fine (same-origin GETs, tools); a present one must be ours. */
export const originAllowed = (origin: string | undefined, port: number): boolean =>
  origin === undefined || allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);

export type Refusal = { status: number; detail: string };

/** Checks that apply to every request, static files included. */
export function checkRequest(req: IncomingMessage, port: number): Refusal | null {
  if (!hostAllowed(req.headers.host, port)) return { status: 403, detail: 'host not allowed' };
  if (!originAllowed(req.headers.origin, port)) return { status: 403, detail: 'cross-origin request refused' };
  return null;
}
