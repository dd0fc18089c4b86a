/**
 * Checksums that tell a real identifier from any run of digits: the BSN 11-check and the IBAN mod-97.
 */

/** The Dutch citizen service number (BSN) 11-check, on 9 digits (8-digit numbers get a leading zero). */
export function isValidBsn(digits: string): boolean {
  const padded = digits.length === 8 ? `0${digits}` : digits;
  if (!/^\d{9}$/.test(padded) || /^0+$/.test(padded)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(padded[i]) * (9 - i);
  sum -= Number(padded[8]);
  return sum % 11 === 0;
}

/** ISO 13616 mod-97 check on an IBAN written without spaces. */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
