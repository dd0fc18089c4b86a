/**
 * The place lists beside the knowledge: every Dutch municipality and every woonplaats (CBS), each problem
 * as `file:line: message`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCsvLine } from './csv.js';
import type { Municipality, Woonplaats } from './schema.js';

export const MUNICIPALITIES_FILE = path.join('places', 'gemeenten-nl.csv');
export const WOONPLAATSEN_FILE = path.join('places', 'woonplaatsen-nl.csv');

export async function readMunicipalities(
  file: string,
  show: (file: string) => string,
  errors: string[],
): Promise<Municipality[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    errors.push(`${show(file)}:1: the list of Dutch municipalities is missing`);
    return [];
  }
  const municipalities: Municipality[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (index === 0 || line.trim() === '') return;
    const [, code, name, , , province] = parseCsvLine(line);
    if (code === undefined || !/^GM\d{4}$/.test(code) || name === undefined || name === '' || province === undefined) {
      errors.push(`${show(file)}:${index + 1}: expected Gemeentecode,GemeentecodeGM,Gemeentenaam,…,Provincienaam`);
      return;
    }
    municipalities.push({ code, name, province });
  });
  return municipalities;
}

/** Every Dutch woonplaats with its municipality (CBS); a name that is no municipality of the list fails. */
export async function readWoonplaatsen(
  file: string,
  show: (file: string) => string,
  municipalities: readonly Municipality[],
  errors: string[],
): Promise<Woonplaats[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    errors.push(`${show(file)}:1: the list of Dutch woonplaatsen is missing`);
    return [];
  }
  const codeByName = new Map(municipalities.map((municipality) => [municipality.name, municipality.code]));
  const places: Woonplaats[] = [];
  let header = false;
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    if (!header) {
      header = true;
      if (line.trim() !== 'place,municipality,province')
        errors.push(`${show(file)}:${index + 1}: expected the header place,municipality,province`);
      return;
    }
    const [name, municipality] = parseCsvLine(line);
    const code = codeByName.get(municipality ?? '');
    if (name === undefined || name.trim() === '' || code === undefined) {
      errors.push(
        `${show(file)}:${index + 1}: "${municipality ?? ''}" is not a municipality of ${MUNICIPALITIES_FILE}`,
      );
      return;
    }
    places.push({ name: name.trim(), code });
  });
  return places;
}
