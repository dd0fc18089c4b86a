/** The card verbs of shared cases (stable: they are in cards already posted). */
export const CASE_VERBS = {
  form: 'casus.formulier',
  submit: 'casus.indienen',
  placeholders: 'casus.placeholders',
  approve: 'casus.goedkeuren',
  reject: 'casus.afwijzen',
  show: 'casus.tonen',
  withdraw: 'casus.intrekken',
  delete: 'casus.verwijderen',
  removeAmbassador: 'ambassadeur.verwijderen',
} as const;
