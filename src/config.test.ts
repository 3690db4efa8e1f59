import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has defaults for a fresh machine', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: null,
      logLevel: 'info',
      demo: true,
    });
  });

  it('reads every variable', () => {
    const c = loadConfig({
      GANTRY_PORT: '8080',
      GANTRY_HOST: '0.0.0.0',
      GANTRY_DATA_DIR: '/var/lib/gantry',
      GANTRY_DATABASE_URL: 'postgres://u@db/gantry',
      GANTRY_LOG_LEVEL: 'warn',
      GANTRY_DEMO: '0',
      GANTRY_ADMIN_EMAIL: 'boss@x.test',
      GANTRY_ADMIN_PASSWORD: 'long-enough-pw',
      GANTRY_JOB_WORKERS: '3',
    });
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u@db/gantry',
      logLevel: 'warn',
      demo: false,
      adminEmail: 'boss@x.test',
      jobWorkers: 3,
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it.each([
    ['GANTRY_PORT', 'eighty'],
    ['GANTRY_PORT', '70000'],
    ['GANTRY_DATABASE_URL', 'mysql://x'],
    ['GANTRY_LOG_LEVEL', 'loud'],
    ['GANTRY_DEMO', 'maybe'],
    ['GANTRY_JOB_WORKERS', '-1'],
    ['GANTRY_ADMIN_EMAIL', 'not-an-email'],
    ['GANTRY_ADMIN_PASSWORD', '1234567890'],
    ['GANTRY_ADMIN_PASSWORD', ' '.repeat(14)],
    ['GANTRY_TRUST_PROXY', 'yes-please'],
    ['GANTRY_TRUST_PROXY', '11'],
    ['GANTRY_TRUST_PROXY', '10.0.0.0/33'],
    ['GANTRY_TRUST_PROXY', '10.0.0.1,garbage'],
    ['GANTRY_IMPORT_MAX_BYTES', 'lots'],
    ['GANTRY_IMPORT_MAX_BYTES', '12'],
  ])('names %s when its value %s is bad', (name, value) => {
    const env = {
      [name]: value,
      ...(name === 'GANTRY_ADMIN_EMAIL' ? { GANTRY_ADMIN_PASSWORD: 'long-enough-pw' } : {}),
      ...(name === 'GANTRY_ADMIN_PASSWORD' ? { GANTRY_ADMIN_EMAIL: 'a@b.test' } : {}),
    };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${name}: `));
  });

  it('trusts no proxy and takes 64 MB plan files unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ trustProxy: { kind: 'off' }, importMaxBytes: 64 * 1024 * 1024 });
    expect(loadConfig({ GANTRY_TRUST_PROXY: '2' }).trustProxy).toEqual({ kind: 'hops', hops: 2 });
    expect(loadConfig({ GANTRY_TRUST_PROXY: '10.0.0.0/8, ::1' }).trustProxy).toEqual({
      kind: 'cidrs',
      cidrs: ['10.0.0.0/8', '::1'],
    });
    expect(loadConfig({ GANTRY_IMPORT_MAX_BYTES: '1048576' }).importMaxBytes).toBe(1048576);
  });

  it('needs the admin email and password together', () => {
    expect(() => loadConfig({ GANTRY_ADMIN_EMAIL: 'a@b.test' })).toThrow(/GANTRY_ADMIN_PASSWORD/);
  });
});
