/**
 * Replaces personal data with placeholders, and names the kinds found in words people read.
 */
import type { Language } from '../i18n/language.js';
import type { Finding, FindingType } from './detect.js';

export const FINDING_LABELS: Record<FindingType, Record<Language, string>> = {
  bsn: { nl: 'BSN', en: 'citizen service number (BSN)' },
  iban: { nl: 'rekeningnummer', en: 'bank account number' },
  phone: { nl: 'telefoonnummer', en: 'phone number' },
  email: { nl: 'e-mailadres', en: 'e-mail address' },
  postcode: { nl: 'postcode', en: 'postcode' },
  address: { nl: 'adres', en: 'address' },
  'date-of-birth': { nl: 'geboortedatum', en: 'date of birth' },
  date: { nl: 'datum', en: 'date' },
  name: { nl: 'naam', en: 'name' },
  'licence-plate': { nl: 'kenteken', en: 'licence plate' },
};

/** "[NAAM]", "[TELEFOONNUMMER]", … in place of every finding. */
export function redact(text: string, findings: readonly Finding[], language: Language = 'nl'): string {
  let result = '';
  let position = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < position) continue;
    result += text.slice(position, finding.start);
    result += `[${FINDING_LABELS[finding.type][language].toUpperCase()}]`;
    position = finding.end;
  }
  return result + text.slice(position);
}

/** The kinds found, each once, in reading order: "telefoonnummer, naam". */
export function describeFindings(findings: readonly Finding[], language: Language = 'nl'): string {
  const kinds = [...new Set(findings.map((finding) => finding.type))];
  return kinds.map((kind) => FINDING_LABELS[kind][language]).join(', ');
}
