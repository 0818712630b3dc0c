import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, rootCauseText } from '../../src/db/errors.js';

const withCode = (message: string, code: string, cause?: unknown) => Object.assign(new Error(message, { cause }), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused (server stopped)', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), true],
    ['connection closed mid-query (pg_ctl stop -m fast)', withCode('write CONNECTION_CLOSED', 'CONNECTION_CLOSED'), true],
    ['admin shutdown', withCode('terminating connection due to administrator command', '57P01'), true],
    ['starting up', withCode('the database system is starting up', '57P03'), true],
    ['connection exception class 08', withCode('connection failure', '08006'), true],
    ['wrapped by drizzle ("Failed query")', new Error('Failed query: select 1', { cause: withCode('x', 'ECONNREFUSED') }), true],
    ['a unique violation', withCode('duplicate key value', '23505'), false],
    ['a syntax error', withCode('syntax error at or near', '42601'), false],
    ['a plain bug', new TypeError('x is undefined'), false],
    ['not an error at all', 'ECONNREFUSED', false],
  ])('%s → %s', (_what, err, expected) => {
    expect(isDatabaseUnavailable(err)).toBe(expected);
  });
});

describe('rootCauseText', () => {
  it('names what actually failed, not the whole query', () => {
    const err = new Error('Failed query: insert into inbound_messages … params: 张三', { cause: withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED') });
    expect(rootCauseText(err)).toBe('connect ECONNREFUSED 127.0.0.1:5432');
  });
});
