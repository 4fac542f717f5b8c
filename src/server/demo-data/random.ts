import { createHash } from "node:crypto";

/** A stable UUID-shaped id from a name, so re-seeding finds the same rows. */
export function seedId(name: string) {
  const hex = createHash("sha256").update(`guild-seed:${name}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type Random = ReturnType<typeof random>;

/** Small deterministic PRNG (mulberry32): the same seed always builds the same marketplace. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** A whole number from `min` to `max`, both included; `min` when the range is empty. */
  const int = (min: number, max: number) =>
    max <= min ? min : min + Math.floor(next() * (max - min + 1));
  const chance = (probability: number) => next() < probability;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  /** `count` distinct items in random order (fewer if the list is shorter). */
  const sample = <T>(list: readonly T[], count: number): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, count);
  };
  /** One key of `weights`, each as likely as its weight. */
  const weighted = <K extends string>(weights: Record<K, number>): K => {
    const entries = Object.entries(weights) as [K, number][];
    let roll = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1]![0];
  };
  return { next, int, chance, pick, sample, weighted };
}

/**
 * A generator of its own for one entity (`project:17`, `person:42`), so what the seed builds
 * for it never depends on how many entities come before or after: `--projects 100000` extends
 * the default marketplace instead of reshuffling it.
 */
export function randomFor(key: string) {
  // FNV-1a: cheap, and spreads neighbouring keys well enough to seed mulberry32.
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return random(hash);
}
