/**
 * A person's picture, or their initials when they have none (the avatar route draws them), as
 * a fixed-size circle: no layout shift while it loads. Decorative beside a name (`alt=""`);
 * give `label` where the picture stands alone.
 */
/** The sizes used on the site, as classes (a style attribute would be refused by the CSP). */
const sizes = {
  24: "size-6",
  32: "size-8",
  40: "size-10",
  48: "size-12",
  64: "size-16",
  96: "size-24",
} as const;

export function Avatar({
  userId,
  size = 40,
  label,
  version,
  className = "",
}: {
  userId: string;
  size?: keyof typeof sizes;
  label?: string;
  /** Changes the address after the picture changed, so no cached copy shows. */
  version?: string | number;
  className?: string;
}) {
  const width = size <= 48 ? 48 : size <= 96 ? 96 : 256;
  const src = `/api/avatars/${encodeURIComponent(userId)}?w=${width}${version ? `&v=${version}` : ""}`;
  return (
    // Our own route answers at the right width already: next/image would only add a hop.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt={label ?? ""}
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      className={`shrink-0 rounded-full bg-slate-200 object-cover dark:bg-slate-700 ${sizes[size]} ${className}`}
    />
  );
}
