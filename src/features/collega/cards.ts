/**
 * Cards of "vraag een collega": the form to send a question, the card in the experts' channel (open or
 * answered, by whom), and the answer as it reaches the asker.
 */
import {
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  card,
  executeAction,
  heading,
  textBlock,
} from '../../cards/adaptive-card.js';
import { displayDate, fill } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import type { ColleagueQuestion } from './collega.js';
import { MAX_QUESTION_LENGTH } from './collega.js';

export const COLLEGA_VERBS = { send: 'collega.verstuur', answer: 'collega.antwoord', mark: 'collega.markeer' } as const;

const TEXT = {
  askTitle: { nl: 'Vraag een collega', en: 'Ask a colleague' },
  askIntro: {
    nl: 'Je vraag gaat met je naam naar het kanaal van de experts; het antwoord komt hier in je chat. Noem geen namen of andere persoonsgegevens van cliënten.',
    en: 'Your question goes, with your name, to the experts’ channel; the answer comes back here in your chat. Leave out names and other personal data of clients.',
  },
  questionLabel: { nl: 'Je vraag', en: 'Your question' },
  send: { nl: 'Verstuur naar de experts', en: 'Send to the experts' },
  blocked: {
    nl: 'Je vraag bevat {kinds}; die stuur ik niet door. Hieronder zijn ze vervangen — pas de vraag aan of verstuur hem zo.',
    en: 'Your question contains {kinds}; I will not pass those on. Below they have been replaced — edit the question or send it as it is.',
  },
  expertTitle: { nl: 'Vraag van {name}', en: 'Question from {name}' },
  asked: { nl: 'Gesteld op {date}', en: 'Asked on {date}' },
  open: { nl: '🟡 Open', en: '🟡 Open' },
  answeredBy: { nl: '✅ Beantwoord door {name} op {date}', en: '✅ Answered by {name} on {date}' },
  marked: { nl: '📌 Gemarkeerd voor de redactie door {name}', en: '📌 Marked for the editors by {name}' },
  answerLabel: { nl: 'Je antwoord (zonder persoonsgegevens)', en: 'Your answer (no personal data)' },
  answer: { nl: 'Beantwoord', en: 'Answer' },
  mark: { nl: 'Markeer voor de redactie', en: 'Mark for the editors' },
  answerTitle: { nl: 'Antwoord van {name}', en: 'Answer from {name}' },
  yourQuestion: { nl: 'Je vraag', en: 'Your question' },
  disclaimer: {
    nl: 'Een antwoord van een collega, niet uit de gecontroleerde kennisbank. Bij acuut gevaar: 112; Veilig Thuis 0800-2000.',
    en: 'An answer from a colleague, not from the checked knowledge base. In acute danger: 112; Veilig Thuis 0800-2000.',
  },
} as const;

/** The form, shown inline (Action.ShowCard) or as its own card. */
export function buildAskForm(question: string, language: Language, notice?: string): AdaptiveCard {
  const body: CardElement[] = [heading(TEXT.askTitle[language]), textBlock(TEXT.askIntro[language])];
  if (notice !== undefined) body.push(textBlock(notice, { color: 'Attention' }));
  body.push(questionInput(question, language));
  return card(language, body, TEXT.askTitle[language], [sendAction(language)]);
}

/** The button for an answer or no-match card: opens the form inline, prefilled with the question. */
export function askColleagueAction(question: string, language: Language): CardAction {
  return {
    type: 'Action.ShowCard',
    title: TEXT.askTitle[language],
    card: {
      type: 'AdaptiveCard',
      body: [textBlock(TEXT.askIntro[language], { size: 'Small' }), questionInput(question, language)],
      actions: [sendAction(language)],
    },
  };
}

export function buildExpertCard(record: ColleagueQuestion, language: Language): AdaptiveCard {
  const body: CardElement[] = [
    heading(fill(TEXT.expertTitle[language], { name: record.askerName })),
    textBlock(fill(TEXT.asked[language], { date: displayDate(record.createdAt) }), { isSubtle: true, size: 'Small' }),
    textBlock(record.question),
  ];
  const actions: CardAction[] = [];
  if (record.status === 'answered') {
    body.push(
      textBlock(
        fill(TEXT.answeredBy[language], { name: record.answeredBy ?? '', date: displayDate(record.answeredAt ?? '') }),
        {
          weight: 'Bolder',
          spacing: 'Medium',
        },
      ),
      textBlock(record.answer ?? ''),
    );
  } else {
    body.push(textBlock(TEXT.open[language], { weight: 'Bolder', spacing: 'Medium' }));
    body.push({
      type: 'Input.Text',
      id: 'antwoord',
      isMultiline: true,
      maxLength: MAX_QUESTION_LENGTH,
      label: TEXT.answerLabel[language],
    });
    actions.push(executeAction(COLLEGA_VERBS.answer, TEXT.answer[language], { id: record.id }));
  }
  if (record.markedBy !== undefined) {
    body.push(textBlock(fill(TEXT.marked[language], { name: record.markedBy }), { isSubtle: true, size: 'Small' }));
  } else {
    actions.push(executeAction(COLLEGA_VERBS.mark, TEXT.mark[language], { id: record.id }));
  }
  const status = record.status === 'answered' ? TEXT.answeredBy[language] : TEXT.open[language];
  return card(
    language,
    body,
    `${fill(TEXT.expertTitle[language], { name: record.askerName })}: ${record.question} (${status})`,
    actions,
  );
}

export function buildAnswerForAsker(record: ColleagueQuestion, language: Language): AdaptiveCard {
  return card(
    language,
    [
      heading(fill(TEXT.answerTitle[language], { name: record.answeredBy ?? '' })),
      textBlock(record.answer ?? ''),
      textBlock(`${TEXT.yourQuestion[language]}: ${record.question}`, {
        isSubtle: true,
        size: 'Small',
        spacing: 'Medium',
      }),
      textBlock(TEXT.disclaimer[language], { isSubtle: true, size: 'Small' }),
    ],
    `${fill(TEXT.answerTitle[language], { name: record.answeredBy ?? '' })}: ${record.answer ?? ''}`,
  );
}

export function blockedNotice(kinds: string, language: Language): string {
  return fill(TEXT.blocked[language], { kinds });
}

function questionInput(question: string, language: Language): CardElement {
  return {
    type: 'Input.Text',
    id: 'vraag',
    isMultiline: true,
    maxLength: MAX_QUESTION_LENGTH,
    label: TEXT.questionLabel[language],
    value: question.slice(0, MAX_QUESTION_LENGTH),
  };
}

function sendAction(language: Language): CardAction {
  return { type: 'Action.Submit', title: TEXT.send[language], data: { verb: COLLEGA_VERBS.send } };
}
