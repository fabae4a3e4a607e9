let domainSet: ReadonlySet<string> | undefined;

/**
 * Whether `domain` (lower case) is a free-mail domain (SPEC §3.5): people of unrelated companies share them, so they
 * never identify an account. The SPEC's list plus other large consumer providers, built on first use (a script's
 * modules are loaded afresh on every execution, most of which never ask).
 *
 * @example
 * isFreeMailDomain('gmail.com'); // true
 * isFreeMailDomain('acme.com'); // false
 */
export function isFreeMailDomain(domain: string): boolean {
  domainSet ??= new Set(FREE_MAIL_DOMAINS);
  return domainSet.has(domain);
}

const FREE_MAIL_DOMAINS = [
  // The SPEC's list.
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'web.de',
  'mail.com',
  'yandex.ru',
  'qq.com',
  '163.com',
  // Other large consumer providers.
  'yahoo.fr',
  'yahoo.de',
  'yahoo.co.jp',
  'yahoo.co.in',
  'ymail.com',
  'rocketmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'hotmail.de',
  'outlook.de',
  'live.co.uk',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  't-online.de',
  'freenet.de',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'virgilio.it',
  'btinternet.com',
  'comcast.net',
  'att.net',
  'verizon.net',
  'sbcglobal.net',
  'zoho.com',
  'tutanota.com',
  'fastmail.com',
  'hey.com',
  'yandex.com',
  'mail.ru',
  'rambler.ru',
  '126.com',
  'sina.com',
  'naver.com',
  'daum.net',
  'rediffmail.com',
  'uol.com.br',
  'bol.com.br',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'interia.pl',
] as const;
