import { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the sink received it. */
export interface SunkMail {
  to: string[];
  subject: string;
  text: string;
}

/**
 * A real SMTP server on loopback (smtp-server, the SMTP server library of the nodemailer project) that keeps what
 * it receives, parsed with mailparser: tests read the mail the API really sent over SMTP.
 */
export class SmtpSink {
  readonly mails: SunkMail[] = [];
  private waiters: (() => void)[] = [];
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpSink> {
    let sink: SmtpSink | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, done) {
        simpleParser(stream)
          .then((parsed) => {
            const to = [parsed.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address ?? '') : []));
            sink?.mails.push({ to, subject: parsed.subject ?? '', text: parsed.text ?? '' });
            sink?.waiters.splice(0).forEach((w) => w());
            done();
          })
          .catch(done);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    sink = new SmtpSink(server, (server.server.address() as AddressInfo).port);
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The first mail to `address` after `from` mails, waiting up to `ms`. */
  async mailTo(address: string, from = 0, ms = 10_000): Promise<SunkMail> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.mails
        .slice(from)
        .find((m) => m.to.some((to) => to.toLowerCase() === address.toLowerCase()));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail to ${address} within ${ms} ms`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
