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
  ])('names %s when its value %s is bad', (name, value) => {
    const env = {
      [name]: value,
      ...(name === 'GANTRY_ADMIN_EMAIL' ? { GANTRY_ADMIN_PASSWORD: 'long-enough-pw' } : {}),
    };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${name}: `));
  });

  it('needs the admin email and password together', () => {
    expect(() => loadConfig({ GANTRY_ADMIN_EMAIL: 'a@b.test' })).toThrow(/GANTRY_ADMIN_PASSWORD/);
  });
});
