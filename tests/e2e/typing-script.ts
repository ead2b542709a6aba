// A deterministic "user session" of about 2,000 characters for the editor-integrity test: words,
// Enter, Backspace (over a letter and over a line break), emoji inserted whole (as an emoji picker
// does: a ZWJ family, a flag, a symbol with variation selector) and real clipboard pastes, with the
// text the editor must end up holding, computed step by step.
export type TypingStep =
  | { kind: 'type'; text: string }
  | { kind: 'enter' }
  | { kind: 'backspace' }
  | { kind: 'emoji'; text: string }
  | { kind: 'paste'; text: string };

export const EMOJI = ['👩‍👩‍👧', '🇬🇧', '❄️'] as const;

const WORDS = (
  'the council will publish its budget consultation on Monday and residents can reply online or at ' +
  'any library until March; bins, roads, parks, schools and housing are all in scope. Questions? ' +
  "We're here 9am-5pm. Thanks to everyone who came to Tuesday's meeting at the town hall, #Harrowfield @council"
).split(' ');

const PASTES = [
  'Pasted from the press release: the consultation closes on 3 March.',
  'Two pasted lines:\nfirst, the dates; second, the venues.',
];

/** mulberry32: a tiny seeded generator, so every run types exactly the same session. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Opens the session with a draft the rules flag, so highlights and the badge change while typing. */
const RISKY_OPENING = 'Views my own, but anyone voting Conservative wants their head examining. Vote Labour on Thursday!';

export function typingSession(targetLength = 2000, seed = 20260801): { steps: TypingStep[]; expected: string } {
  const random = seeded(seed);
  const steps: TypingStep[] = [];
  let expected = '';
  let pastes = 0;
  let emoji = 0;
  const push = (step: TypingStep) => {
    steps.push(step);
    switch (step.kind) {
      case 'type':
      case 'emoji':
      case 'paste':
        expected += step.text;
        break;
      case 'enter':
        expected += '\n';
        break;
      case 'backspace':
        expected = expected.slice(0, -1);
        break;
    }
  };
  push({ kind: 'type', text: RISKY_OPENING });
  push({ kind: 'enter' });
  while (expected.length < targetLength) {
    const roll = random();
    const last = expected.at(-1) ?? '';
    if (roll < 0.06 && expected.length > 0 && last !== '\n') {
      push({ kind: 'enter' });
    } else if (roll < 0.09 && /[a-z ]/.test(last)) {
      // Backspace over a plain character (one UTF-16 unit, one grapheme).
      push({ kind: 'backspace' });
    } else if (roll < 0.11 && expected.length > 0 && last !== '\n') {
      // Enter then Backspace: the line break is removed again (blocks split and merged).
      push({ kind: 'enter' });
      push({ kind: 'backspace' });
    } else if (roll < 0.14) {
      push({ kind: 'emoji', text: EMOJI[emoji++ % EMOJI.length]! });
      push({ kind: 'type', text: ' ' });
    } else if (roll < 0.16 && pastes < PASTES.length * 2) {
      push({ kind: 'paste', text: PASTES[pastes++ % PASTES.length]! });
      push({ kind: 'type', text: ' ' });
    } else {
      const word = WORDS[Math.floor(random() * WORDS.length)]!;
      push({ kind: 'type', text: `${word} ` });
    }
  }
  return { steps, expected };
}
