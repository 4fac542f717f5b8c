"use client";

export interface PickableSkill {
  id: number;
  name: string;
  category: string;
}

/** Checkboxes for skills from the catalogue, grouped by category, with the field's error. */
export function SkillPicker({
  skills,
  selected,
  onChange,
  legend,
  error,
}: {
  skills: PickableSkill[];
  selected: number[];
  onChange: (ids: number[]) => void;
  legend: string;
  error?: string[];
}) {
  const categories = [...new Set(skills.map((s) => s.category))];
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? "skills-error" : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex max-h-64 flex-col gap-3 overflow-y-auto rounded-lg border border-slate-300 p-3 dark:border-slate-700">
        {categories.map((category) => (
          <div key={category}>
            <p className="text-xs font-semibold text-slate-600 uppercase dark:text-slate-400">
              {category}
            </p>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {skills
                .filter((s) => s.category === category)
                .map((skill) => (
                  <label key={skill.id} className="flex items-center gap-1.5 text-sm">
                    <input
                      type="checkbox"
                      className="accent-brand-600"
                      checked={selected.includes(skill.id)}
                      onChange={(e) =>
                        onChange(
                          e.target.checked
                            ? [...selected, skill.id]
                            : selected.filter((id) => id !== skill.id),
                        )
                      }
                    />
                    {skill.name}
                  </label>
                ))}
            </div>
          </div>
        ))}
      </div>
      {error ? (
        <p id="skills-error" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
