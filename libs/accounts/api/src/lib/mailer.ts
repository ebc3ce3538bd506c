import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@peerhub/shared/api-core';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { OutboxMailEntity } from './account.entities';

/** One plain-text mail to one address. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Where mail goes: an SMTP server when SMTP_URL is set (nodemailer: the maintained SMTP client for Node, with
 * pooling, TLS and timeouts handled), otherwise the `mail_outbox` table, which the development mailbox shows.
 * Callers never know which.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ds: DataSource,
  ) {
    this.transport = config.mail.smtpUrl
      ? createTransport(
          {
            url: config.mail.smtpUrl,
            connectionTimeout: 10_000,
            greetingTimeout: 10_000,
            socketTimeout: 20_000,
          },
          { from: config.mail.from },
        )
      : null;
  }

  async send(mail: Mail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
      return;
    }
    await this.ds
      .getRepository(OutboxMailEntity)
      .insert({ to: mail.to, subject: mail.subject, text: mail.text });
    // A trial run on the embedded database (`npm start`) has no mail server: the mail is written to the server's
    // output too, so whoever tries the sign-up can open the confirmation link. A deployment (DATABASE_URL) never logs
    // a mail's text.
    if (!this.config.database.url)
      this.logger.log(
        `mail to ${mail.to} (no SMTP_URL: kept, and shown at ${this.config.mail.publicUrl}/en/account/mailbox)\n${mail.subject}\n\n${mail.text}`,
      );
  }

  /**
   * For a mail that must not undo what was already done (a notice after a decision): a failure is logged, never
   * thrown — the answer to the member stands.
   */
  async sendQuietly(mail: Mail): Promise<void> {
    try {
      await this.send(mail);
    } catch (e) {
      this.logger.error(`could not send "${mail.subject}": ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
