import { z } from "zod";

/**
 * Every validation message a person can see is a sentence. Schemas name their own messages
 * where the wording matters ("Enter a valid email address"); this covers the rest, so no raw
 * validator text ("Too big: expected string to have <=2000 characters") reaches anyone.
 * Imported by every schema module, so it is set in the browser and on the server alike.
 */
function plural(count: number | bigint, one: string) {
  return `${count.toLocaleString("en-US")} ${one}${count === 1 ? "" : "s"}`;
}

function sentence(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null
        ? "This field is required."
        : `Enter ${issue.expected === "number" ? "a number" : issue.expected === "string" ? "text" : `a valid ${issue.expected}`}.`;
    case "too_big":
      if (issue.origin === "string") return `Use at most ${plural(issue.maximum, "character")}.`;
      if (issue.origin === "array" || issue.origin === "set")
        return `Choose at most ${plural(issue.maximum, "item")}.`;
      return `Enter at most ${issue.maximum.toLocaleString("en-US")}.`;
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? "This field is required."
          : `Use at least ${plural(issue.minimum, "character")}.`;
      if (issue.origin === "array" || issue.origin === "set")
        return `Choose at least ${plural(issue.minimum, "item")}.`;
      return `Enter at least ${issue.minimum.toLocaleString("en-US")}.`;
    case "invalid_format":
      return issue.format === "email"
        ? "Enter a valid email address."
        : issue.format === "url"
          ? "Enter a full link (https://…)."
          : "This is not in the expected format.";
    case "invalid_value":
      return "Choose one of the options offered.";
    case "not_multiple_of":
      return "Enter a whole amount.";
    case "unrecognized_keys":
      return `Leave out ${issue.keys.map((key) => `"${key}"`).join(", ")}: ${issue.keys.length === 1 ? "it is" : "they are"} not part of this form.`;
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
      return "This value is not valid here.";
    default:
      return undefined;
  }
}

z.config({ customError: sentence });
