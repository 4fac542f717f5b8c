/**
 * The picture of someone who has none: their initials on a colour chosen from their id, as an
 * SVG made here (nothing a person typed reaches it unescaped). Shown through <img>, where an
 * SVG runs no script; served with a CSP that allows nothing but its own inline style anyway.
 */
export function initialsOf(name: string) {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const first = [...(words[0] ?? "?")][0] ?? "?";
  const last = words.length > 1 ? ([...words.at(-1)!][0] ?? "") : "";
  return (first + last).toLocaleUpperCase("en");
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function initialsSvg(name: string, seed: string) {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img"><rect width="100" height="100" fill="hsl(${hue} 45% 38%)"/><text x="50" y="50" dy="0.35em" text-anchor="middle" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="42" font-weight="600" fill="#fff">${escapeXml(initialsOf(name))}</text></svg>`;
}
