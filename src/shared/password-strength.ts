import { ZxcvbnFactory, type Score } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonWords } from "@zxcvbn-ts/language-common";
import { dictionary as englishWords, translations } from "@zxcvbn-ts/language-en";

/**
 * One judge of password strength for the server (which decides) and the browser (which shows
 * feedback as people type, loading this module only then: its dictionaries weigh ~0.8 MB
 * gzipped). Both use the same dictionaries, so the meter never calls "strong" a password the
 * server will refuse.
 */

/** zxcvbn's 3: about 10^8 guesses, "safely unguessable" against an online attack. */
export const MIN_PASSWORD_SCORE = 3;

export interface PasswordOwner {
  name?: string;
  email?: string;
}

export interface PasswordVerdict {
  score: Score;
  strong: boolean;
  /** zxcvbn's warning, or a general one when a weak password has none. */
  warning: string | null;
  suggestions: string[];
  /** What to show or answer: "Strong password." or the warning and a suggestion, as sentences. */
  message: string;
}

let factory: ZxcvbnFactory | undefined;

function judge() {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...commonWords, ...englishWords },
    graphs: adjacencyGraphs,
    // zxcvbn's cost grows steeply with length and l33t symbols: 128 random characters took
    // 2-4 s of server CPU with the defaults, under 0.2 s with these. A password is judged by
    // its first 64 characters (what follows can only add strength).
    maxLength: 64,
    l33tMaxSubstitutions: 4,
    translations: {
      ...translations,
      warnings: {
        ...translations.warnings,
        userInputs: "Passwords made from your name or email address are easy to guess.",
      },
    },
  });
  return factory;
}

/**
 * The words an attacker who targets this person tries first: their name and each part of it,
 * their email, its local part and that part's pieces, and the site's own name.
 */
export function personalWords({ name, email }: PasswordOwner): string[] {
  const words = new Set<string>(["guild"]);
  const add = (value: string) => {
    const word = value.trim().toLowerCase();
    if (word.length >= 2) words.add(word);
  };
  const addWithParts = (value: string, separators: RegExp) => {
    const parts = value.split(separators);
    add(value);
    add(parts.join(""));
    parts.forEach(add);
  };
  if (name) addWithParts(name, /[\s.,'_-]+/);
  if (email) {
    add(email);
    addWithParts(email.split("@")[0] ?? "", /[.+_-]+/);
  }
  return [...words];
}

const WEAK_FALLBACK = "This password would be easy to guess.";
const SUGGEST_FALLBACK = "Add a few more words that are uncommon, or make it longer.";

export function judgePassword(password: string, owner: PasswordOwner = {}): PasswordVerdict {
  const result = judge().check(password, personalWords(owner));
  const strong = result.score >= MIN_PASSWORD_SCORE;
  if (strong) {
    return {
      score: result.score,
      strong,
      warning: null,
      suggestions: [],
      message: "Strong password.",
    };
  }
  const warning = result.feedback.warning ?? WEAK_FALLBACK;
  const suggestions = result.feedback.suggestions.length
    ? result.feedback.suggestions
    : [SUGGEST_FALLBACK];
  return {
    score: result.score,
    strong,
    warning,
    suggestions,
    // zxcvbn lists its general advice ("Add more words…") first and the specific one last.
    message: `${warning} ${suggestions.at(-1)}`,
  };
}
