export function SkillList({
  skills,
  label,
}: {
  skills: { slug: string; name: string }[];
  label: string;
}) {
  if (skills.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {skills.map((skill) => (
        <li
          key={skill.slug}
          className="bg-brand-50 text-brand-800 ring-brand-200 dark:bg-brand-950 dark:text-brand-200 dark:ring-brand-800 rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset"
        >
          {skill.name}
        </li>
      ))}
    </ul>
  );
}
