import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  const fail = (env: Record<string, string>) => {
    try {
      loadConfig(env, '/srv');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return e as ConfigError;
    }
    throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
  };

  it('has working defaults on an empty environment', () => {
    const c = loadConfig({}, '/srv');
    expect(c.http.port).toBe(3000);
    expect(c.database.url).toBeNull();
    expect(c.database.embeddedDir).toBe('/srv/.data/pg');
    expect(c.search.meiliHost).toBeNull();
    expect(c.graphql.maxDepth).toBeGreaterThan(2);
  });

  it('keeps the development mailbox to a trial: on by default only without SMTP_URL and DATABASE_URL', () => {
    expect(loadConfig({}, '/srv').mail.devMailbox).toBe(true);
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:25' }, '/srv').mail.devMailbox).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/x' }, '/srv').mail.devMailbox).toBe(false);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://u:p@db/x', DEV_MAILBOX: 'true', NODE_ENV: 'test' }, '/srv').mail
        .devMailbox,
    ).toBe(true);
    expect(() => loadConfig({ DEV_MAILBOX: 'true', SMTP_URL: 'smtp://127.0.0.1:25' }, '/srv')).toThrow(
      /DEV_MAILBOX/,
    );
    expect(() =>
      loadConfig(
        { DEV_MAILBOX: 'true', NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db/x' },
        '/srv',
      ),
    ).toThrow(/DEV_MAILBOX/);
  });

  it('names the bad variable', () => {
    expect(fail({ PORT: 'abc' }).variable).toBe('PORT');
    expect(fail({ PORT: '70000' }).message).toMatch(/^PORT: must be between/);
    expect(fail({ DATABASE_URL: 'mysql://x@y/z' }).variable).toBe('DATABASE_URL');
    expect(fail({ DATABASE_URL: 'not a url' }).variable).toBe('DATABASE_URL');
    expect(fail({ MEILI_HOST: 'ftp://search' }).variable).toBe('MEILI_HOST');
    expect(fail({ SEED: 'maybe' }).variable).toBe('SEED');
    expect(fail({ NODE_ENV: 'staging' }).variable).toBe('NODE_ENV');
  });

  it('reads valid values', () => {
    const c = loadConfig(
      { PORT: '8080', DATABASE_URL: 'postgres://u:p@db:5432/x', MEILI_HOST: 'http://m:7700', SEED: 'false' },
      '/srv',
    );
    expect(c.http.port).toBe(8080);
    expect(c.database.url).toBe('postgres://u:p@db:5432/x');
    expect(c.search.meiliHost).toBe('http://m:7700');
    expect(c.database.seed).toBe(false);
  });
});
