/**
 * The labelled sets of tests/eval that scripts may read: opened sets only, never a held-out one. A held-out set joins
 * only after its held-out score has been recorded.
 */

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

/** Danger sets opened (their failures read) but not trained on: the red-team set, and ax and ay (see the README). */
export const OPENED_UNTRAINED = ['danger-redteam.yaml', 'danger-ax.yaml', 'danger-ay.yaml'];
