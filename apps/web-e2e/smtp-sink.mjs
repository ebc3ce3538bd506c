#!/usr/bin/env node
// The end-to-end suite's mail server: a real SMTP server on loopback (smtp-server) that keeps what the API sends,
// parsed (mailparser), and shows it as JSON over HTTP for the tests (GET /mails; GET /health for Playwright).
// Ports: E2E_SMTP_PORT (SMTP, default 3225) and E2E_SMTP_HTTP_PORT (default 3226).
import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3225);
const httpPort = Number(process.env.E2E_SMTP_HTTP_PORT ?? 3226);
const mails = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, done) {
    simpleParser(stream)
      .then((m) => {
        const to = [m.to]
          .flat()
          .flatMap((a) => (a ? a.value.map((v) => (v.address ?? '').toLowerCase()) : []));
        mails.push({ to, subject: m.subject ?? '', text: m.text ?? '' });
        done();
      })
      .catch(done);
  },
});
smtp.listen(smtpPort, '127.0.0.1');

createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(req.url === '/health' ? { ok: true } : mails));
}).listen(httpPort, '127.0.0.1');

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
