import { dictionary } from "@zxcvbn-ts/language-common";
import { describe, expect, it } from "vitest";

import { PASSWORD_MIN } from "./schemas/identity";
import { judgePassword, personalWords } from "./password-strength";

const ada = { name: "Ada Lovelace", email: "ada.lovelace@example.com" };

describe("judgePassword", () => {
  it("refuses every one of the 10,000 most common passwords that is long enough to be allowed", () => {
    const longCommon = dictionary["passwords-common"]
      .slice(0, 10_000)
      .filter((password) => password.length >= PASSWORD_MIN);
    expect(longCommon.length).toBeGreaterThan(20);
    const accepted = longCommon.filter((password) => judgePassword(password).strong);
    expect(accepted).toEqual([]);
  });

  it("refuses password1234 with a sentence built from zxcvbn's feedback", () => {
    expect(judgePassword("password1234")).toMatchObject({
      strong: false,
      score: 1,
      message: "This is similar to a commonly used password. Add more words that are less common.",
    });
  });

  it("refuses what is made of the person's own name or email", () => {
    for (const password of ["adalovelace1815", "ada.lovelace@example.com", "Lovelace12345"]) {
      const verdict = judgePassword(password, ada);
      expect(verdict.strong, password).toBe(false);
      expect(verdict.message).toMatch(/^Passwords made from your name or email address/);
    }
    // The same password from someone else is only as weak as its words.
    expect(judgePassword("adalovelace1815", { name: "Sam Park" }).strong).toBe(true);
  });

  it("accepts passphrases, and says so", () => {
    for (const password of ["correct horse battery staple", "a brand new passphrase"]) {
      expect(judgePassword(password, ada)).toMatchObject({
        strong: true,
        message: "Strong password.",
      });
    }
  });

  it("has a warning and a suggestion for every weak password, even when zxcvbn gives none", () => {
    for (const password of ["aaaaaaaaaaaa", "qwertyuiop12", "monkey monkey", "abcdefghijkl"]) {
      const verdict = judgePassword(password);
      expect(verdict.strong, password).toBe(false);
      expect(verdict.message, password).toMatch(/^[A-Z].*\.\s[A-Z].*\.$/);
    }
    expect(judgePassword("monkey monkey").warning).toBe("This password would be easy to guess.");
  });
});

describe("personalWords", () => {
  it("lists the name, the email, the local part and their pieces, lower-cased", () => {
    expect(personalWords(ada)).toEqual(
      expect.arrayContaining([
        "guild",
        "ada lovelace",
        "adalovelace",
        "lovelace",
        "ada.lovelace@example.com",
        "ada.lovelace",
      ]),
    );
    expect(personalWords({})).toEqual(["guild"]);
  });
});
