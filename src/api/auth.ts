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

/**
 * A fastify `onRequest` hook: 401 without a bearer token, 403 with one that is not accepted. It
 * answers itself rather than throwing, because plugins in the scope (Bull Board) install their
 * own error handlers, which would turn the refusal into a 500.
 */
export function createAuthHook(tokens: string[]) {
  const check = createTokenChecker(tokens);
  return async function requireToken(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const verdict = check(request.headers.authorization);
    if (verdict === 'ok') return undefined;
    const err = verdict === 'missing'
      ? prescreenError('PRESCREEN_ERR_UNAUTHORIZED', 'send Authorization: Bearer <token>')
      : prescreenError('PRESCREEN_ERR_FORBIDDEN', 'the bearer token is not accepted');
    if (verdict === 'missing') reply.header('www-authenticate', 'Bearer');
    return reply.status(verdict === 'missing' ? 401 : 403).send({ error: { code: err.code, message: err.message, file: null } });
  };
}
