/**
 * The labelled sets of tests/eval that scripts may read: opened sets only, never a held-out one. A held-out set joins
 * only after its held-out score has been recorded.
 */

/**
 * Joined at the 5 December 17:24 session: every opened danger set not trained on before, the opened fresh probes of
 * helpers 189, 190 and 192 (emergencies told after a story) and two reviewers' probes (acute or not only). They teach
 * the emergency readers only (`EMERGENCY_ONLY_SETS`).
 */
const EMERGENCY_ONLY = [
  'danger-redteam.yaml',
  'danger-ax.yaml',
  'danger-ay.yaml',
  'danger-bg.yaml',
  'danger-bi.yaml',
  'danger-bj.yaml',
  'danger-bk.yaml',
  'danger-bl.yaml',
  'danger-p189.yaml',
  'danger-p190.yaml',
  'danger-p192.yaml',
  'danger-rv198.yaml',
  'danger-rv201.yaml',
];

/**
 * Sets whose labels teach the second danger reader (`npm run danger:train`): danger sets label acute, worries and
 * near misses; the rest are questions.
 */
export const TRAINING_SETS = [
  'danger-a.yaml',
  'danger-b.yaml',
  'danger-c.yaml',
  'danger-d.yaml',
  'danger-e.yaml',
  'danger-f.yaml',
  'danger-t.yaml',
  'danger-u.yaml',
  'danger-v.yaml',
  'danger-g.yaml',
  'danger-w.yaml',
  'danger-x.yaml',
  'danger-h.yaml',
  'danger-i.yaml',
  'danger-j.yaml',
  'danger-y.yaml',
  'danger-k.yaml',
  'danger-z.yaml',
  'danger-l.yaml',
  'danger-m.yaml',
  'danger-s.yaml',
  // Joined at the 4 December 12:31 session: the danger sets opened since (their first scores are in the README),
  // short chat messages ("ze is getrouwd"), and short emergencies without cue words ("hij is gewapend"). The
  // model had learned that every short message is an emergency: right for "hij is gewapend", wrong for "ze is
  // getrouwd". danger-aw was opened later in that session. Still out: the unread danger-ad, -ae, -an, -ax and the
  // held-out danger-short-held, danger-shortacute-held and danger-shortacute-2.
  'danger-n.yaml',
  'danger-o.yaml',
  'danger-r.yaml',
  'danger-aa.yaml',
  'danger-ab.yaml',
  'danger-ac.yaml',
  'danger-af.yaml',
  'danger-ag.yaml',
  'danger-ah.yaml',
  'danger-aj.yaml',
  'danger-ak.yaml',
  'danger-al.yaml',
  'danger-am.yaml',
  'danger-ao.yaml',
  'danger-ap.yaml',
  'danger-aq.yaml',
  'danger-as.yaml',
  'danger-at.yaml',
  'danger-au.yaml',
  'danger-av.yaml',
  'danger-aw.yaml',
  'danger-staged.yaml',
  'danger-short.yaml',
  'danger-shortacute.yaml',
  // Joined at the 5 December 17:24 session, for the emergency readers only (see EMERGENCY_ONLY).
  ...EMERGENCY_ONLY,
  'fresh-100.yaml',
  'questions.yaml',
  'holdout.yaml',
  'holdout-2.yaml',
  'situations-a.yaml',
  'situations-b.yaml',
  'situations-c.yaml',
  'situations-d.yaml',
  'situations-e.yaml',
  'situations-f.yaml',
  'situations-k.yaml',
  'situations-l.yaml',
  'situations-m.yaml',
];

/**
 * Sets that teach the emergency readers (`acute`, `net`) and not the worry reader (`concern`), joined at the
 * 5 December 17:24 session: the reviewers' probes label only acute or not (their calm messages, a past strangling
 * or a case discussion, may well be worries), and a worry reader trained on the others too lost two worries of fresh
 * probes (counted, not read) to "no answer" or no worry line, where the emergency readers gained and lost none.
 */
export const EMERGENCY_ONLY_SETS: ReadonlySet<string> = new Set(EMERGENCY_ONLY);

/**
 * Danger sets opened (their failures read) but not trained on: none since the 5 December 17:24 session (the red-team
 * set, ax and ay joined the training then).
 */
export const OPENED_UNTRAINED: string[] = [];
