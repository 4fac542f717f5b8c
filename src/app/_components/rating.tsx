const STAR =
  "M12 2l3.09 6.26L22 9.27l-5 4.87 1.18 6.88L12 17.77l-6.18 3.25L7 14.14 2 9.27l6.91-1.01L12 2z";
/** Each star sits in a 24-unit box; its points reach from x=2 to x=22. */
const BOX = 24;
const GLYPH_LEFT = 2;
const GLYPH_WIDTH = 20;

const sizes = { sm: "h-4 w-20", md: "h-5 w-25" } as const;

function fiveStars(className: string) {
  return Array.from({ length: 5 }, (_, index) => (
    <path key={index} d={STAR} transform={`translate(${index * BOX} 0)`} className={className} />
  ));
}

/**
 * Five stars filled to `value` (0-5; a 4.3 fills four and a third). Decorative: whoever shows
 * it also says the number in words. The partial star is cut by a nested <svg> viewport (no
 * ids to collide, no style attributes for the CSP to refuse).
 */
export function Stars({ value, size = "sm" }: { value: number; size?: keyof typeof sizes }) {
  const clamped = Math.min(5, Math.max(0, value));
  const whole = Math.floor(clamped);
  const part = clamped - whole;
  const filledWidth = whole * BOX + (part > 0 ? GLYPH_LEFT + part * GLYPH_WIDTH : 0);
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox={`0 0 ${5 * BOX} ${BOX}`}
      className={`inline-block shrink-0 ${sizes[size]}`}
    >
      {fiveStars("fill-slate-300 dark:fill-slate-600")}
      <svg x="0" y="0" width={filledWidth} height={BOX} viewBox={`0 0 ${filledWidth} ${BOX}`}>
        {fiveStars("fill-amber-400 stroke-amber-600 dark:fill-amber-300 dark:stroke-amber-400")}
      </svg>
    </svg>
  );
}

const oneDecimal = (value: number) => value.toFixed(1);

/**
 * A person's average: stars, "4.8" and "12 reviews", one image to screen readers named
 * "Rated 4.8 out of 5 (12 reviews)".
 */
export function Rating({
  value,
  count,
  size = "sm",
}: {
  value: number | null;
  count: number;
  size?: keyof typeof sizes;
}) {
  if (value === null || count === 0)
    return <span className="text-sm text-slate-600 dark:text-slate-400">No reviews yet</span>;
  const reviews = `${count} review${count === 1 ? "" : "s"}`;
  return (
    <span
      role="img"
      aria-label={`Rated ${oneDecimal(value)} out of 5 (${reviews})`}
      className="inline-flex items-center gap-1.5 text-sm"
    >
      <Stars value={value} size={size} />
      <span className="font-semibold text-slate-900 dark:text-white">{oneDecimal(value)}</span>
      <span className="text-slate-600 dark:text-slate-400">· {reviews}</span>
    </span>
  );
}

/** One score out of 5 (a review, or an average of one aspect): stars and the number. */
export function Score({ value, decimals = 0 }: { value: number; decimals?: 0 | 1 }) {
  const shown = value.toFixed(decimals);
  return (
    <span
      role="img"
      aria-label={`Rated ${shown} out of 5`}
      // Wraps the number under the stars where a narrow card (a phone's three aspect cards)
      // cannot hold both on one line.
      className="inline-flex flex-wrap items-center justify-center gap-x-1.5 gap-y-0.5"
    >
      <Stars value={value} />
      <span className="text-sm font-semibold tabular-nums">{shown}</span>
    </span>
  );
}
