import type { Mail } from './mailer';

type Lang = 'en' | 'fr' | 'pt' | 'no';
const lang = (l: string): Lang => (['en', 'fr', 'pt', 'no'].includes(l) ? (l as Lang) : 'en');

// Mails about organisation memberships. They name the organisation and a display name (public anyway), never the
// message a member wrote: that is read on the site, signed in.

const REQUESTED: Record<
  Lang,
  { subject: (org: string) => string; body: (who: string, org: string, link: string) => string }
> = {
  en: {
    subject: (org) => `A request to edit for ${org} on PeerHub Europe`,
    body: (who, org, link) =>
      `Hello,\n\n${who} asked to become an editor of ${org} on PeerHub Europe. You can approve or decline the request, and read their message, here:\n\n${link}\n`,
  },
  fr: {
    subject: (org) => `Une demande pour éditer au nom de ${org} sur PeerHub Europe`,
    body: (who, org, link) =>
      `Bonjour,\n\n${who} demande à devenir éditeur·rice de ${org} sur PeerHub Europe. Vous pouvez accepter ou refuser la demande, et lire son message, ici :\n\n${link}\n`,
  },
  pt: {
    subject: (org) => `Um pedido para editar em nome de ${org} na PeerHub Europe`,
    body: (who, org, link) =>
      `Olá,\n\n${who} pediu para ser editor(a) de ${org} na PeerHub Europe. Pode aprovar ou recusar o pedido, e ler a mensagem, aqui:\n\n${link}\n`,
  },
  no: {
    subject: (org) => `En forespørsel om å redigere for ${org} på PeerHub Europe`,
    body: (who, org, link) =>
      `Hei,\n\n${who} har bedt om å bli redaktør for ${org} på PeerHub Europe. Du kan godkjenne eller avslå forespørselen, og lese meldingen, her:\n\n${link}\n`,
  },
};

const DECIDED: Record<
  Lang,
  {
    subject: (org: string, ok: boolean) => string;
    body: (name: string, org: string, ok: boolean, link: string) => string;
  }
> = {
  en: {
    subject: (org, ok) => (ok ? `You are now an editor of ${org}` : `Your request for ${org} was declined`),
    body: (name, org, ok, link) =>
      ok
        ? `Hello ${name},\n\nYour request was approved: you now edit for ${org} on PeerHub Europe.\n\n${link}\n`
        : `Hello ${name},\n\nYour request to edit for ${org} on PeerHub Europe was declined. You may ask again with more about your role there.\n\n${link}\n`,
  },
  fr: {
    subject: (org, ok) =>
      ok ? `Vous êtes désormais éditeur·rice de ${org}` : `Votre demande pour ${org} a été refusée`,
    body: (name, org, ok, link) =>
      ok
        ? `Bonjour ${name},\n\nVotre demande a été acceptée : vous éditez désormais au nom de ${org} sur PeerHub Europe.\n\n${link}\n`
        : `Bonjour ${name},\n\nVotre demande pour éditer au nom de ${org} sur PeerHub Europe a été refusée. Vous pouvez la renouveler en précisant votre rôle dans l’organisation.\n\n${link}\n`,
  },
  pt: {
    subject: (org, ok) => (ok ? `É agora editor(a) de ${org}` : `O seu pedido para ${org} foi recusado`),
    body: (name, org, ok, link) =>
      ok
        ? `Olá ${name},\n\nO seu pedido foi aprovado: passa a editar em nome de ${org} na PeerHub Europe.\n\n${link}\n`
        : `Olá ${name},\n\nO seu pedido para editar em nome de ${org} na PeerHub Europe foi recusado. Pode pedir de novo explicando melhor o seu papel na organização.\n\n${link}\n`,
  },
  no: {
    subject: (org, ok) => (ok ? `Du er nå redaktør for ${org}` : `Forespørselen din for ${org} ble avslått`),
    body: (name, org, ok, link) =>
      ok
        ? `Hei ${name},\n\nForespørselen din ble godkjent: du redigerer nå for ${org} på PeerHub Europe.\n\n${link}\n`
        : `Hei ${name},\n\nForespørselen din om å redigere for ${org} på PeerHub Europe ble avslått. Du kan spørre igjen og fortelle mer om rollen din der.\n\n${link}\n`,
  },
};

const SUSPENDED: Record<
  Lang,
  { subject: (on: boolean) => string; body: (name: string, on: boolean, link: string) => string }
> = {
  en: {
    subject: (on) =>
      on ? 'Your PeerHub Europe account is suspended' : 'Your PeerHub Europe account is active again',
    body: (name, on, link) =>
      on
        ? `Hello ${name},\n\nAn administrator suspended your PeerHub Europe account. You can still sign in to download or delete your data, but not take part until the suspension is lifted.\n\n${link}\n`
        : `Hello ${name},\n\nThe suspension of your PeerHub Europe account was lifted.\n\n${link}\n`,
  },
  fr: {
    subject: (on) =>
      on ? 'Votre compte PeerHub Europe est suspendu' : 'Votre compte PeerHub Europe est de nouveau actif',
    body: (name, on, link) =>
      on
        ? `Bonjour ${name},\n\nUn·e administrateur·rice a suspendu votre compte PeerHub Europe. Vous pouvez toujours vous connecter pour télécharger ou supprimer vos données, mais pas participer tant que la suspension dure.\n\n${link}\n`
        : `Bonjour ${name},\n\nLa suspension de votre compte PeerHub Europe a été levée.\n\n${link}\n`,
  },
  pt: {
    subject: (on) =>
      on ? 'A sua conta PeerHub Europe está suspensa' : 'A sua conta PeerHub Europe está novamente ativa',
    body: (name, on, link) =>
      on
        ? `Olá ${name},\n\nUm(a) administrador(a) suspendeu a sua conta PeerHub Europe. Pode continuar a entrar para descarregar ou apagar os seus dados, mas não participar enquanto durar a suspensão.\n\n${link}\n`
        : `Olá ${name},\n\nA suspensão da sua conta PeerHub Europe foi levantada.\n\n${link}\n`,
  },
  no: {
    subject: (on) =>
      on ? 'PeerHub Europe-kontoen din er suspendert' : 'PeerHub Europe-kontoen din er aktiv igjen',
    body: (name, on, link) =>
      on
        ? `Hei ${name},\n\nEn administrator har suspendert PeerHub Europe-kontoen din. Du kan fortsatt logge inn for å laste ned eller slette dataene dine, men ikke delta før suspensjonen oppheves.\n\n${link}\n`
        : `Hei ${name},\n\nSuspensjonen av PeerHub Europe-kontoen din er opphevet.\n\n${link}\n`,
  },
};

/** To an organisation's editors (or the admins, when it has none): someone asks to edit for it. */
export function membershipRequestedMail(
  to: string,
  language: string,
  who: string,
  org: string,
  link: string,
): Mail {
  const t = REQUESTED[lang(language)];
  return { to, subject: t.subject(org), text: t.body(who, org, link) };
}

/** To the member who asked: approved or declined. */
export function membershipDecidedMail(
  to: string,
  language: string,
  name: string,
  org: string,
  approved: boolean,
  link: string,
): Mail {
  const t = DECIDED[lang(language)];
  return { to, subject: t.subject(org, approved), text: t.body(name, org, approved, link) };
}

/** To a member whose account was suspended, or whose suspension was lifted. */
export function suspensionMail(
  to: string,
  language: string,
  name: string,
  suspended: boolean,
  link: string,
): Mail {
  const t = SUSPENDED[lang(language)];
  return { to, subject: t.subject(suspended), text: t.body(name, suspended, link) };
}
