import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { prescreenError } from '../core/errors.ts';

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/**
 * Bearer-token check. Tokens are compared as SHA-256 digests with `timingSafeEqual`: equal
 * lengths whatever the token, and every configured token is compared, so the time taken says
 * nothing about how close a guess was or which token matched.
 */
export function createTokenChecker(tokens: string[]) {
  const accepted = tokens.map(digest);
  return function check(header: string | undefined): 'ok' | 'missing' | 'forbidden' {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    if (!m) return 'missing';
    const given = digest(m[1]);
    let ok = false;
    for (const a of accepted) ok = timingSafeEqual(a, given) || ok;
    return ok ? 'ok' : 'forbidden';
  };
}

/** A fastify `onRequest` hook: 401 without a bearer token, 403 with one that is not accepted. */
export function createAuthHook(tokens: string[]) {
  const check = createTokenChecker(tokens);
  return async function requireToken(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const verdict = check(request.headers.authorization);
    if (verdict === 'missing') {
      reply.header('www-authenticate', 'Bearer');
      throw prescreenError('PRESCREEN_ERR_UNAUTHORIZED', 'send Authorization: Bearer <token>');
    }
    if (verdict === 'forbidden') throw prescreenError('PRESCREEN_ERR_FORBIDDEN', 'the bearer token is not accepted');
  };
}
