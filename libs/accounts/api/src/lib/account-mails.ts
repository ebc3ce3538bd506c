import type { Mail } from './mailer';

type Lang = 'en' | 'fr' | 'pt' | 'no';

const VERIFY: Record<Lang, { subject: string; body: (name: string, link: string) => string }> = {
  en: {
    subject: 'Confirm your address for PeerHub Europe',
    body: (name, link) =>
      `Hello ${name},\n\nTo finish creating your PeerHub Europe account, open this link within 24 hours:\n\n${link}\n\nIf you did not sign up, ignore this message: no account is made without it.\n`,
  },
  fr: {
    subject: 'Confirmez votre adresse pour PeerHub Europe',
    body: (name, link) =>
      `Bonjour ${name},\n\nPour terminer la création de votre compte PeerHub Europe, ouvrez ce lien dans les 24 heures :\n\n${link}\n\nSi vous ne vous êtes pas inscrit·e, ignorez ce message : aucun compte n’est créé sans lui.\n`,
  },
  pt: {
    subject: 'Confirme o seu endereço para a PeerHub Europe',
    body: (name, link) =>
      `Olá ${name},\n\nPara concluir a criação da sua conta PeerHub Europe, abra esta ligação nas próximas 24 horas:\n\n${link}\n\nSe não se registou, ignore esta mensagem: nenhuma conta é criada sem ela.\n`,
  },
  no: {
    subject: 'Bekreft adressen din for PeerHub Europe',
    body: (name, link) =>
      `Hei ${name},\n\nFor å fullføre kontoen din på PeerHub Europe, åpne denne lenken innen 24 timer:\n\n${link}\n\nHvis du ikke registrerte deg, kan du se bort fra denne meldingen: ingen konto opprettes uten den.\n`,
  },
};

const ALREADY: Record<Lang, { subject: string; body: (link: string) => string }> = {
  en: {
    subject: 'Someone tried to sign up to PeerHub Europe with your address',
    body: (link) =>
      `Hello,\n\nSomeone (perhaps you) tried to create a PeerHub Europe account with this address, which already has one. Nothing was changed.\n\nTo sign in, go to ${link}\n`,
  },
  fr: {
    subject: 'Une inscription à PeerHub Europe a été tentée avec votre adresse',
    body: (link) =>
      `Bonjour,\n\nQuelqu’un (peut-être vous) a tenté de créer un compte PeerHub Europe avec cette adresse, qui en a déjà un. Rien n’a été modifié.\n\nPour vous connecter : ${link}\n`,
  },
  pt: {
    subject: 'Alguém tentou registar-se na PeerHub Europe com o seu endereço',
    body: (link) =>
      `Olá,\n\nAlguém (talvez você) tentou criar uma conta PeerHub Europe com este endereço, que já tem uma. Nada foi alterado.\n\nPara entrar: ${link}\n`,
  },
  no: {
    subject: 'Noen prøvde å registrere seg på PeerHub Europe med adressen din',
    body: (link) =>
      `Hei,\n\nNoen (kanskje du) prøvde å opprette en konto på PeerHub Europe med denne adressen, som allerede har en. Ingenting ble endret.\n\nFor å logge inn: ${link}\n`,
  },
};

const RESET: Record<Lang, { subject: string; body: (name: string, link: string) => string }> = {
  en: {
    subject: 'Choose a new password for PeerHub Europe',
    body: (name, link) =>
      `Hello ${name},\n\nTo choose a new password, open this link within one hour:\n\n${link}\n\nIf you did not ask for this, ignore this message: your password stays as it is.\n`,
  },
  fr: {
    subject: 'Choisissez un nouveau mot de passe pour PeerHub Europe',
    body: (name, link) =>
      `Bonjour ${name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure :\n\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.\n`,
  },
  pt: {
    subject: 'Escolha uma nova palavra-passe para a PeerHub Europe',
    body: (name, link) =>
      `Olá ${name},\n\nPara escolher uma nova palavra-passe, abra esta ligação na próxima hora:\n\n${link}\n\nSe não pediu isto, ignore esta mensagem: a sua palavra-passe mantém-se.\n`,
  },
  no: {
    subject: 'Velg et nytt passord for PeerHub Europe',
    body: (name, link) =>
      `Hei ${name},\n\nFor å velge et nytt passord, åpne denne lenken innen én time:\n\n${link}\n\nHvis du ikke ba om dette, kan du se bort fra meldingen: passordet ditt forblir som det er.\n`,
  },
};

const CHANGE: Record<Lang, { subject: string; body: (name: string, link: string) => string }> = {
  en: {
    subject: 'Confirm your new address for PeerHub Europe',
    body: (name, link) =>
      `Hello ${name},\n\nTo make this your PeerHub Europe sign-in address, open this link within 24 hours:\n\n${link}\n\nIf you did not ask for this, ignore this message: nothing changes.\n`,
  },
  fr: {
    subject: 'Confirmez votre nouvelle adresse pour PeerHub Europe',
    body: (name, link) =>
      `Bonjour ${name},\n\nPour faire de cette adresse celle de votre compte PeerHub Europe, ouvrez ce lien dans les 24 heures :\n\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message : rien ne change.\n`,
  },
  pt: {
    subject: 'Confirme o seu novo endereço para a PeerHub Europe',
    body: (name, link) =>
      `Olá ${name},\n\nPara que este passe a ser o endereço da sua conta PeerHub Europe, abra esta ligação nas próximas 24 horas:\n\n${link}\n\nSe não pediu isto, ignore esta mensagem: nada muda.\n`,
  },
  no: {
    subject: 'Bekreft den nye adressen din for PeerHub Europe',
    body: (name, link) =>
      `Hei ${name},\n\nFor å gjøre dette til innloggingsadressen din på PeerHub Europe, åpne denne lenken innen 24 timer:\n\n${link}\n\nHvis du ikke ba om dette, kan du se bort fra meldingen: ingenting endres.\n`,
  },
};

const CHANGED: Record<Lang, { subject: string; body: (name: string, to: string) => string }> = {
  en: {
    subject: 'Your PeerHub Europe address was changed',
    body: (name, to) =>
      `Hello ${name},\n\nYour PeerHub Europe account now signs in with ${to}. If you did not do this, reply to this message at once.\n`,
  },
  fr: {
    subject: 'L’adresse de votre compte PeerHub Europe a changé',
    body: (name, to) =>
      `Bonjour ${name},\n\nVotre compte PeerHub Europe se connecte désormais avec ${to}. Si ce n’est pas vous, répondez à ce message sans attendre.\n`,
  },
  pt: {
    subject: 'O endereço da sua conta PeerHub Europe foi alterado',
    body: (name, to) =>
      `Olá ${name},\n\nA sua conta PeerHub Europe passa a entrar com ${to}. Se não foi você, responda a esta mensagem de imediato.\n`,
  },
  no: {
    subject: 'Adressen til PeerHub Europe-kontoen din er endret',
    body: (name, to) =>
      `Hei ${name},\n\nPeerHub Europe-kontoen din logger nå inn med ${to}. Hvis det ikke var deg, svar på denne meldingen med en gang.\n`,
  },
};

const lang = (l: string): Lang => (['en', 'fr', 'pt', 'no'].includes(l) ? (l as Lang) : 'en');

/** The confirmation mail of a new account, in the member's language. */
export function verificationMail(to: string, language: string, displayName: string, link: string): Mail {
  const t = VERIFY[lang(language)];
  return { to, subject: t.subject, text: t.body(displayName, link) };
}

/** What the owner of an address that already has an account receives when someone signs up with it. */
export function alreadyRegisteredMail(to: string, language: string, signInLink: string): Mail {
  const t = ALREADY[lang(language)];
  return { to, subject: t.subject, text: t.body(signInLink) };
}

/** A password reset link, in the member's language. */
export function resetMail(to: string, language: string, displayName: string, link: string): Mail {
  const t = RESET[lang(language)];
  return { to, subject: t.subject, text: t.body(displayName, link) };
}

/** The link that confirms a new address, mailed to that address. */
export function emailChangeMail(to: string, language: string, displayName: string, link: string): Mail {
  const t = CHANGE[lang(language)];
  return { to, subject: t.subject, text: t.body(displayName, link) };
}

/** The notice to the old address once the change is confirmed. */
export function emailChangedMail(
  oldAddress: string,
  language: string,
  displayName: string,
  newAddress: string,
): Mail {
  const t = CHANGED[lang(language)];
  return { to: oldAddress, subject: t.subject, text: t.body(displayName, newAddress) };
}
