/** The end-to-end suite's ports, shared by playwright.config.ts and the specs that talk to a server themselves. */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 3210);
/** The SMTP sink (apps/web-e2e/smtp-sink.mjs): SMTP for the API, HTTP for the tests to read the mail. */
export const SMTP_PORT = Number(process.env['E2E_SMTP_PORT'] ?? 3225);
export const SMTP_HTTP_PORT = Number(process.env['E2E_SMTP_HTTP_PORT'] ?? 3226);
/** The e2e server's embedded PostgreSQL (its data folder is named after it, so two suites can run side by side). */
export const E2E_PG_PORT = Number(process.env['E2E_PG_PORT'] ?? 54339);
