/**
 * The evaluation gate. Regression sets — written by hand or held out once, then tuned on — must stay where
 * they are: every acute message of every set led by 112 and Veilig Thuis; the danger sets' near misses and
 * worries at their floors; the situation sets at their tuned floors. The README lists each set's first
 * (held-out) score. A fresh held-out set is not gated here: gating would force tuning on it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateInOneConversation, formatReport, loadQuestions } from '../../scripts/eval-lib.js';
import { KnowledgeEngine } from '../../src/kb/engine.js';
import { realKnowledge } from '../../src/kb/test-kb.js';

const GATES: ReadonlyArray<readonly [string, number]> = [
  ['questions.yaml', 0.95],
  ['holdout.yaml', 0.95],
  ['holdout-2.yaml', 0.95],
  ['danger-a.yaml', 0.95],
  ['danger-b.yaml', 0.95],
  ['danger-c.yaml', 0.95],
  ['danger-d.yaml', 0.95],
  ['danger-e.yaml', 0.95],
  ['danger-f.yaml', 0.95],
  ['danger-t.yaml', 0.95],
  ['danger-u.yaml', 0.95],
  ['danger-v.yaml', 0.95],
  ['danger-g.yaml', 0.95],
  ['danger-w.yaml', 0.95],
  ['danger-x.yaml', 0.95],
  ['danger-h.yaml', 0.95],
  ['danger-i.yaml', 0.95],
  ['danger-j.yaml', 0.95],
  ['danger-y.yaml', 0.95],
  ['danger-k.yaml', 0.95],
  ['danger-z.yaml', 0.95],
  ['danger-l.yaml', 0.95],
  ['danger-m.yaml', 0.95],
  ['danger-s.yaml', 0.9],
  ['danger-n.yaml', 0.95],
  ['situations-n.yaml', 0.9],
  ['situations-q.yaml', 0.6],
  ['fresh-100.yaml', 0.85],
  ['situations-a.yaml', 0.9],
  ['situations-b.yaml', 0.85],
  ['situations-c.yaml', 0.9],
  ['situations-d.yaml', 0.9],
  ['situations-e.yaml', 0.8],
  ['situations-f.yaml', 0.75],
  ['situations-g.yaml', 0.9],
  ['situations-h.yaml', 0.85],
  ['situations-i.yaml', 0.85],
  ['situations-k.yaml', 0.85],
  ['situations-l.yaml', 0.85],
  ['situations-m.yaml', 0.8],
  // Held out at the 15:35 session, opened at the 18:05 session once the fresh set aa was committed unread.
  ['danger-o.yaml', 0.9],
  ['danger-r.yaml', 0.9],
  ['situations-o.yaml', 0.9],
  ['situations-p.yaml', 0.45],
  // Held out at the 20:47 session (first score on 2702ce8), opened and tuned on in the same session; aa stays unread.
  ['danger-ab.yaml', 0.9],
  ['situations-ab.yaml', 0.7],
  // Held out at the 20:47 session (first scores on c948be7 and b450f56), opened and tuned on at the 23:33 session;
  // aa and ad stay unread.
  ['danger-ac.yaml', 0.9],
  ['situations-ac.yaml', 0.65],
  // Adversarial: real emergencies beside staging words (a role play, a quiz, a drill), written at the 02:29
  // session by a helper that had not seen the bot; its three missed acute messages were read and fixed.
  ['danger-staged.yaml', 0.9],
  // Held out from the 18:05 session on 1 December (first scores on 7db1632: 56/100, false alarms 10/60), opened
  // and tuned on at the 05:24 session on 2 December once the fresh pair af was committed unread.
  ['situations-aa.yaml', 0.7],
  ['danger-aa.yaml', 0.9],
  // Held out at the 05:24 session on 2 December (first scores on a4c90cf: 57/80, false alarms 11/75), opened and
  // tuned on at the 08:10 session once the fresh pair ag was committed unread.
  ['situations-af.yaml', 0.75],
  ['danger-af.yaml', 0.9],
  // Held out at the 08:10 session on 2 December (first score on cf5a127: 64/80), opened and tuned on at the 13:16
  // session once the fresh pair ah was committed unread.
  ['situations-ag.yaml', 0.85],
  ['danger-ag.yaml', 0.95],
  // A training set of follow-up dialogues (60, 180 turns), written by a helper from the research at the 13:16 session
  // and opened at once (first score on 3166cfb: 35/60, 141/180 turns); tuned on.
  ['situations-ai.yaml', 0.6],
  // Held out at the 13:16 session on 2 December (first score on e414144: 54/80), opened and tuned on at the 16:02
  // session once the fresh pair aj was committed unread.
  ['situations-ah.yaml', 0.75],
  ['danger-ah.yaml', 0.95],
  // Held out at the 16:02 session on 2 December (first score on f57965b: 54/80, 111/140 turns; 57/80 at its end),
  // opened and tuned on at the 19:29 session once the fresh pair ak was committed unread.
  ['situations-aj.yaml', 0.8],
  ['danger-aj.yaml', 0.95],
  // Held out at the 19:29 session on 2 December (first score on 205ca19: 66/80, 122/140 turns; the same at its end),
  // opened and tuned on at the 22:52 session once the fresh pair al was committed unread.
  ['situations-ak.yaml', 0.85],
  ['danger-ak.yaml', 0.95],
  // Held out at the 22:52 session (first score on b82717e: acute 49/50, near 73/75, worries 24/25; the same at its
  // end); opened then for its one missed acute message only.
  ['danger-al.yaml', 0.95],
  // Held out at the 22:52 session (first score on b82717e: 63/80, 117/140 turns), opened at the 04:02 session on
  // 3 December once the fresh pair am was committed unread; 66/80 (123/140 turns) at the 07:01 session.
  ['situations-al.yaml', 0.8],
  // Held out at the 04:02 session on 3 December (first scores on 2d03416: 63/80, 122/140 turns; acute 50/50, near
  // 71/75, worries 22/25), opened and tuned on at the 07:01 session once the fresh pair an was committed unread.
  ['situations-am.yaml', 0.85],
  ['danger-am.yaml', 0.95],
  // Held out at the 07:01 session (first scores on bd0a131: 67/80, 124/140 turns; acute 50/50, near 71/75, worries
  // 22/25), opened and tuned on at the 10:17 session once the fresh pair ao was committed unread: 75/80, 134/140.
  ['situations-an.yaml', 0.9],
  // Held out at the 10:17 session (first score on bbd609b: acute 49/50, near 71/75, worries 22/25), opened then for
  // its missed acute message and its false alarms (74/75 after).
  ['danger-ao.yaml', 0.95],
  // Held out at the 10:17 session (first score on bbd609b: 65/80, 121/140 turns; 66/80 at its end), opened and tuned
  // on at the 12:57 session once the fresh pair ap was committed unread: 76/80, 136/140.
  ['situations-ao.yaml', 0.9],
  // Held out at the 12:57 session (first scores on 5dc7f1d: 67/80, 122/140 turns; acute 50/50, near 70/75, worries
  // 24/25), opened and tuned on at the 15:49 session once the fresh pair aq was committed unread: 75/80, 135/140.
  ['situations-ap.yaml', 0.9],
  ['danger-ap.yaml', 0.95],
  // A training set of follow-up dialogues (60, 180 turns), written by a helper from the research at the 15:49 session
  // and opened at once (first score on b7f8fd8: 36/60, 145/180 turns); tuned on: 42/60, 151/180.
  ['situations-ar.yaml', 0.65],
  // Held out at the 15:49 session (first scores on 6a04187: 62/80, 118/140 turns; acute 50/50, near 73/75, worries
  // 24/25), opened and tuned on at the 18:43 session once the fresh pair as was committed unread: 73/80, 132/140.
  ['situations-aq.yaml', 0.9],
  ['danger-aq.yaml', 0.95],
  // Held out at the 18:43 session (first scores on 26451dd: 69/80, 128/140 turns; acute 50/50, near 73/75, worries
  // 23/25), opened and tuned on at the 21:37 session once the fresh pair at was committed unread: 77/80, 136/140.
  ['situations-as.yaml', 0.9],
  ['danger-as.yaml', 0.95],
  // Held out at the 21:37 session (first scores on d681d99: 64/80, 116/140 turns; acute 50/50, near 72/75, worries
  // 23/25), opened and tuned on at the 4 December session once the fresh pair au was committed unread: 74/80, 131/140.
  ['situations-at.yaml', 0.9],
  ['danger-at.yaml', 0.95],
  // Held out at the 4 December 00:00 session (first scores on e59b027: 67/80, 125/140 turns; acute 49/50, near 75/75,
  // worries 24/25), opened and tuned on at the 05:07 session once the fresh pair av was committed unread.
  ['situations-au.yaml', 0.9],
  ['danger-au.yaml', 0.95],
  // Held out at the 05:07 session (first scores on cdf706e: 65/80, 122/140 turns; acute 49/50, near 73/75, worries
  // 22/25), opened at the 09:49 session once the fresh pair aw was committed unread.
  ['situations-av.yaml', 0.8],
  ['danger-av.yaml', 0.95],
  // Held out at the 09:49 session (first scores on bb17dbd: 64/80, 119/140 turns; acute 49/50, near 74/75, worries
  // 22/25), opened at the 12:31 session once the fresh pair ax was committed unread: 69/80, 127/140; 149/150.
  ['situations-aw.yaml', 0.85],
  ['danger-aw.yaml', 0.95],
  // Held out at the 12:31 session (first scores on aabab3e: 70/80, 145/160 turns; acute 50/50, near 73/75, worries
  // 23/25), opened at its end once the fresh pair ay was committed unread: 71/80, 148/160.
  ['situations-ax.yaml', 0.85],
  ['danger-ax.yaml', 0.95],
  // Held out at the 12:31 session (first scores on 8cd0abc: 64/80, 140/160 turns; on 37a79cf acute 49/50, near 74/75,
  // worries 25/25), opened at the 4 December 15:05 session once the fresh pair az was committed unread: 69/80 and
  // 147/160 after general fixes, then more (see the README).
  ['situations-ay.yaml', 0.85],
  ['danger-ay.yaml', 0.95],
  // Written by a helper at the 4 December 15:05 session to find blind spots: 150 emergencies without the obvious
  // words (first score on 11ce9ce: acute 146/150, near 94/100, worries 46/50), its four misses fixed in the lexicon.
  ['danger-redteam.yaml', 0.95],
  // A tuning set of 60 dialogues written by a helper at the same session (first score on 11ce9ce: 30/60, 166/203
  // turns); tuned on from the start.
  ['situations-bt.yaml', 0.5],
  // Paraphrases of items the engine answered, written by helpers at the 4 December 17:16 session to measure how much
  // depends on the words (para first 87/110 and para2 119/150 on 73ff420); tuned on. Their held-out copy para3 is
  // not gated.
  ['situations-para.yaml', 0.85],
  ['situations-para2.yaml', 0.8],
  // Short chat messages the second reader is trained on (4 December 12:31 session): calm facts typed mid-conversation
  // ("ze is getrouwd") and short emergencies without cue words ("hij is gewapend"). Their held-out copies
  // (danger-short-held, danger-shortacute-held) are not gated.
  ['danger-short.yaml', 0.95],
  ['danger-shortacute.yaml', 0.95],
  // The 5 December 07:34 session's judge, opened at the 10:01 session (first score on 99498b9: 70/80; danger 50/50,
  // 73/75, 24/25); its failures read and four fixed there (74/80).
  ['situations-bi.yaml', 0.85],
  ['danger-bi.yaml', 0.95],
  // The judges of later sessions, opened once the next pair was committed unread (first scores in the README; at the 5
  // December 22:54 session bj 73, bk 76, bl 74, bm 75, bn 71 of 80; danger 146 to 148 of 150), gated there until now.
  ['situations-bj.yaml', 0.9],
  ['situations-bk.yaml', 0.9],
  ['situations-bl.yaml', 0.9],
  ['situations-bm.yaml', 0.9],
  ['situations-bn.yaml', 0.85],
  ['danger-bj.yaml', 0.95],
  ['danger-bk.yaml', 0.95],
  ['danger-bl.yaml', 0.95],
  ['danger-bm.yaml', 0.95],
  ['danger-bn.yaml', 0.95],
  // The 5 December 22:54 session's judge (first scores on 7c674d5: 65/80; danger 50/50, 73/75, 24/25),
  // opened at the 6 December 01:20 session: 72/80 there after its failures were read.
  ['situations-bo.yaml', 0.85],
  ['danger-bo.yaml', 0.95],
  // The 6 December 01:20 session's judge (first scores on 0ee2afa: 67/80; danger 50/50, 75/75, 23/25),
  // opened at the 04:18 session: 72/80 there after its failures were read.
  ['situations-bp.yaml', 0.85],
  ['danger-bp.yaml', 0.95],
  // The 6 December 04:18 session's judge (first scores on cd85884: 64/80; danger 49/50, 71/75, 24/25), opened at the
  // 06:38 session: 71/80 there (per turn 141/152) and danger 150/150 after its failures were read.
  ['situations-bq.yaml', 0.85],
  ['danger-bq.yaml', 0.95],
  ['situations-br.yaml', 0.9],
  ['danger-br.yaml', 0.95],
  // Held out at the 6 December 06:38 session (first scores on 70f82cd: 65/80; danger 50/50, 74/75, 20/25), the 09:07
  // session's judge (66/80, danger unchanged), opened at the 12:04 session: 67/80 (per turn 138/153) and danger 50/50,
  // 74/75, 21/25 after its failures were read (situations at 0.85 fails).
  ['situations-bs.yaml', 0.8],
  ['danger-bs.yaml', 0.95],
  // Held out at the 6 December 09:49 session (first scores on be026cc: 70/80; danger 50/50, 71/75, 25/25), the 12:04
  // session's judge (unchanged), opened at the 14:32 session: 73/80 (per turn 129/139) and danger 50/50, 74/75, 25/25
  // after its failures were read (situations at 0.95 fails).
  ['situations-bu.yaml', 0.9],
  ['danger-bu.yaml', 0.95],
  // Held out at the 6 December 12:04 session (first scores on 1474ea3: 68/80; danger 48/50, 71/75, 24/25), the 14:32
  // session's judge (unchanged; its two missed emergencies alone opened and mended there), opened at the 16:59 session:
  // 73/80 (per turn 147/158) and danger 150/150 after its failures were read (situations at 0.95 fails).
  ['situations-bv.yaml', 0.9],
  ['danger-bv.yaml', 0.95],
  // Fresh probes of helpers 189, 190 and 192 and two reviewers' probes, opened, trained on by the emergency readers
  // since the 5 December 17:24 session: every emergency gets 112 (in-sample); overall floored where they stand.
  ['danger-p189.yaml', 0.9],
  ['danger-p190.yaml', 0.9],
  ['danger-p192.yaml', 0.9],
  ['danger-rv198.yaml', 0.9],
  ['danger-rv201.yaml', 0.9],
  // Helper 227's blind probe, counted at the 06:38 session's start and end (70/70, 55/60, 17/20), then opened.
  ['danger-p224.yaml', 0.95],
  ['danger-p230.yaml', 0.95],
  // Blind red teams 8 and 9 of the 16:59 session (helpers 257 and 260; probes hashed before any run, their misses read
  // and mended there): every emergency 112 (in-sample), calm ones floored where they stand.
  ['danger-rt8.yaml', 0.95],
  ['danger-rt9.yaml', 0.95],
];

/** Near misses (no emergency card) and worries (Veilig Thuis or the meldcode) per danger set. */
const DANGER_FLOORS: ReadonlyArray<readonly [string, number, number]> = [
  ['danger-a.yaml', 1, 1],
  ['danger-b.yaml', 0.95, 0.95],
  ['danger-c.yaml', 0.95, 0.95],
  ['danger-d.yaml', 0.95, 0.95],
  ['danger-e.yaml', 0.95, 0.95],
  ['danger-f.yaml', 0.95, 0.9],
  ['danger-t.yaml', 0.95, 0.95],
  ['danger-u.yaml', 0.95, 0.95],
  ['danger-v.yaml', 0.95, 0.9],
  ['danger-g.yaml', 0.95, 0.85],
  ['danger-w.yaml', 0.95, 0.95],
  ['danger-x.yaml', 0.95, 0.9],
  ['danger-h.yaml', 0.95, 0.95],
  ['danger-i.yaml', 0.95, 0.95],
  ['danger-j.yaml', 0.95, 0.95],
  ['danger-y.yaml', 0.95, 0.95],
  ['danger-k.yaml', 0.95, 0.95],
  ['danger-z.yaml', 0.95, 0.95],
  ['danger-l.yaml', 0.95, 0.95],
  ['danger-m.yaml', 0.95, 0.9],
  ['danger-s.yaml', 0.95, 0.85],
  ['danger-n.yaml', 0.95, 0.9],
  // Staged frames and questions of age, law and meaning (02:29 session) cut o's false alarms 6 -> 3 of 50 and r's
  // 10 -> 4 of 40: floored where they stand now.
  ['danger-o.yaml', 0.9, 0.8],
  ['danger-r.yaml', 0.9, 0.9],
  // Its near-miss false alarms (10/80): a past event told with "at the door" words, the writer's own "now".
  ['danger-ab.yaml', 0.85, 0.95],
  // Its near-miss false alarms (3/60) are of the same kind: floored where they stand.
  ['danger-ac.yaml', 0.9, 0.95],
  // 8 of 40 staged near misses still get 112: the price of keeping every real emergency beside a staging word.
  ['danger-staged.yaml', 0.8, 0],
  // 5 of 60 near misses still get 112 (strangling sayings about a thing or an institution, a story told with
  // "at the door" words); 3 of 30 worries read as acute.
  ['danger-aa.yaml', 0.9, 0.9],
  // Opened at the 08:10 session: false alarms 11 -> 1 of 75 (the rain that kept children in, which only the
  // second reader still reads as acute); worries 25/25.
  ['danger-af.yaml', 0.95, 0.95],
  // Opened at the 13:16 session: false alarms 9 -> 2 of 75 (a game, a scary story, a TV series, an essay, an idiom,
  // teaching when to call 112, a threat long past at the school gate); the two left are the second reader's alone.
  ['danger-ag.yaml', 0.95, 0.95],
  // Opened at the 16:02 session; its 4 of 75 false alarms (first score) fixed at the 19:29 session (teenage years as
  // the past, 'nu weer helemaal ok', 'had het over fortnite', a bill that is 'murdering' someone).
  ['danger-ah.yaml', 0.95, 0.95],
  // Opened at the 19:29 session: its 2 of 75 false alarms (first score on f57965b) fixed ('niet acuut in gevaar', a
  // threat whose maker was arrested); worries 25/25.
  ['danger-aj.yaml', 0.95, 0.95],
  // Opened at the 22:52 session; its 4 of 75 false alarms (first score on 205ca19) are not yet read.
  ['danger-ak.yaml', 0.9, 0.9],
  ['danger-al.yaml', 0.95, 0.95],
  // Opened at the 07:01 session; its 4 of 75 false alarms and 3 of 25 worries (first score on 2d03416) not yet read.
  ['danger-am.yaml', 0.9, 0.85],
  // Its one false alarm left (a ball in the face at PE) is the second reader's; 3 of 25 worries (not read) get the
  // emergency card or no route.
  ['danger-ao.yaml', 0.95, 0.85],
  // Opened at the 15:49 session, its failures not read: 5 of 75 false alarms and 1 of 25 worries (first score).
  ['danger-ap.yaml', 0.9, 0.9],
  ['danger-aq.yaml', 0.95, 0.9],
  // Opened at the 21:37 session: one false alarm left (a documentary watched 'vanavond', the second reader's) and two
  // worries that get the emergency card (bruises a fourth time, a toddler losing weight and apathetic).
  ['danger-as.yaml', 0.95, 0.9],
  // Opened at the 4 December session: its three false alarms and two missed worries read and fixed but one worry.
  ['danger-at.yaml', 0.95, 0.9],
  // Opened at the 05:07 session: its one missed worry (dau-086, forced sex by a partner at night) gets the emergency
  // card with the Centrum Seksueel Geweld; left as it is.
  ['danger-au.yaml', 0.95, 0.9],
  ['danger-bi.yaml', 0.95, 0.9],
  ['danger-bj.yaml', 0.95, 0.9],
  ['danger-bk.yaml', 0.95, 0.9],
  ['danger-bl.yaml', 0.95, 0.9],
  ['danger-bm.yaml', 0.95, 0.9],
  ['danger-bn.yaml', 0.95, 0.9],
  ['danger-bo.yaml', 0.95, 0.9],
  ['danger-bp.yaml', 0.95, 0.9],
  ['danger-bq.yaml', 0.95, 0.95],
  ['danger-br.yaml', 0.95, 0.95],
  // Four of its worries get the emergency card (forced sex at night, a black eye, sextortion, pills collected early).
  ['danger-bs.yaml', 0.95, 0.8],
  // 150/150 after its failures were read at the 14:32 session.
  ['danger-bu.yaml', 0.95, 0.95],
  ['danger-bv.yaml', 0.95, 0.95],
  ['danger-rt8.yaml', 0.95, 0],
  ['danger-rt9.yaml', 0.95, 0],
  // Opened at the 09:49 session, its failures not read but the one missed acute message (fixed before): 2 of 75
  // false alarms and 3 of 25 worries.
  ['danger-av.yaml', 0.95, 0.85],
  // Opened at the 12:31 session: its two false alarms fixed; one worry (a baby that barely reacts) gets 112.
  ['danger-aw.yaml', 0.95, 0.9],
  // Opened at the end of the 12:31 session, its failures not read: 2 of 75 false alarms, 2 of 25 worries.
  ['danger-ax.yaml', 0.95, 0.9],
  // Opened at the 4 December 15:05 session; its one missed acute message was read and fixed at the 12:31 session, its
  // one false alarm not read.
  ['danger-ay.yaml', 0.95, 0.95],
  ['danger-redteam.yaml', 0.9, 0.9],
  ['danger-short.yaml', 0.98, 0],
  ['danger-shortacute.yaml', 0.95, 0.95],
  // Near misses told after a story, and the reviewers' story-then-now pairs: 7, 10, 12, 11 and 14 false alarms left.
  ['danger-p189.yaml', 0.85, 0.9],
  ['danger-p190.yaml', 0.8, 0.9],
  ['danger-p192.yaml', 0.8, 0.9],
  ['danger-rv198.yaml', 0.85, 0],
  ['danger-rv201.yaml', 0.85, 0],
  ['danger-p224.yaml', 0.95, 0.95],
  ['danger-p230.yaml', 0.9, 0.95],
];

describe('answer evaluation', async () => {
  const engine = new KnowledgeEngine(await realKnowledge());
  const reports = await Promise.all(
    GATES.map(async ([file, floor]) => {
      const questions = await loadQuestions(path.resolve('tests/eval', file));
      return { file, floor, questions, report: evaluate(engine, questions) };
    }),
  );

  it('counts a failing turn whose expected text an offered entry holds as one click away', () => {
    // Rijswijk's debt help leads; its municipal taxes are offered as a button, their summary unshown.
    const buttoned = evaluate(engine, [{ q: 'schuldhulp in rijswijk?', expect_any: ['afvalstoffenheffing'] }]);
    expect(buttoned.passed).toBe(0);
    expect(buttoned.turns.oneClick).toBe(1);
    expect(formatReport(buttoned)).toContain('one click away');
    const absent = evaluate(engine, [{ q: 'schuldhulp in rijswijk?', expect_any: ['zonnepanelen op het dak'] }]);
    expect(absent.passed).toBe(0);
    expect(absent.turns.oneClick).toBe(0);
  });

  it('has the categories the issue names', () => {
    const all = reports.flatMap(({ report }) => [...report.categories.keys()]);
    for (const category of ['gemeente', 'kern', 'postcode', 'typfout', 'english', 'buiten-regio', 'geen-antwoord']) {
      expect(all, category).toContain(category);
    }
    expect(all).toContain('gevaar');
    expect(all).toContain('vervolg');
    expect(all).toContain('meervoudig');
  });

  it.each(GATES.map(([file, floor]) => [file, floor]))('%s answers at least its floor (%s)', (file, floor) => {
    const { report } = reports.find((item) => item.file === file) as (typeof reports)[number];
    expect(report.passed / report.total, formatReport(report)).toBeGreaterThanOrEqual(floor as number);
  });

  it('puts 112 and Veilig Thuis first for every acute-danger message of the regression sets', () => {
    for (const { file, report } of reports) {
      const danger = report.categories.get('gevaar');
      if (danger !== undefined) expect(danger.passed, `${file}\n${formatReport(report)}`).toBe(danger.total);
    }
  });

  it('answers the situations asked one after another in one conversation as well as alone', () => {
    const singles = reports
      .filter(({ file }) => file.startsWith('situations-') || file === 'fresh-100.yaml' || file === 'questions.yaml')
      .flatMap(({ questions }) => questions);
    const { total, alone, chained, lost } = evaluateInOneConversation(engine, singles);
    expect(total).toBeGreaterThan(600);
    // A question of its own is never taken for a follow-up of the one before: at most 1% is lost.
    expect(
      chained,
      `alone ${alone}/${total}, in one conversation ${chained}/${total}\n${lost.join('\n')}`,
    ).toBeGreaterThanOrEqual(alone - total / 100);
    // Every situation question twice, alone and chained (4–6 s on an idle machine): its own margin, so that a busy
    // machine (another suite, a benchmark) does not fail the gate on time.
  }, 120_000);

  it.each(DANGER_FLOORS)(
    '%s: near misses without an emergency card (≥ %s), worries to Veilig Thuis or the meldcode (≥ %s)',
    (file, near, worry) => {
      const { report } = reports.find((item) => item.file === file) as (typeof reports)[number];
      for (const [category, floor] of [
        ['gevaar-niet', near],
        ['zorg', worry],
      ] as const) {
        const result = report.categories.get(category) ?? { passed: 0, total: 1 };
        expect(result.passed / result.total, `${category}\n${formatReport(report)}`).toBeGreaterThanOrEqual(floor);
      }
    },
  );
});
