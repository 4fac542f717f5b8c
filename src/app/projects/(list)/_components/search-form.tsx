import { SelectField } from "~/app/_components/form/select-field";
import { TextField } from "~/app/_components/form/text-field";
import { experienceLabel } from "~/shared/format/labels";
import { experienceLevels } from "~/shared/schemas/project";
import { SearchAsYouType } from "./search-as-you-type";

/** A plain GET form: every filter lands in the URL, so a search can be shared and reloaded. */
export function SearchForm({
  values,
  skills,
}: {
  values: Record<string, string>;
  skills: { slug: string; name: string }[];
}) {
  return (
    <form
      id="project-search"
      method="get"
      action="/projects"
      role="search"
      aria-label="Search projects"
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <TextField
          name="q"
          type="search"
          label="Search"
          defaultValue={values.q ?? ""}
          placeholder="e.g. react dashboard"
          className="flex-1"
        />
        <button
          type="submit"
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-4 py-2 text-sm font-semibold text-white"
        >
          Search
        </button>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <SelectField
          label="Budget type"
          name="type"
          defaultValue={values.type ?? ""}
          options={[
            { value: "", label: "Any" },
            { value: "fixed", label: "Fixed price" },
            { value: "hourly", label: "Hourly rate" },
          ]}
        />
        <SelectField
          label="Experience"
          name="level"
          defaultValue={values.level ?? ""}
          options={[
            { value: "", label: "Any" },
            ...experienceLevels.map((l) => ({ value: l, label: experienceLabel[l] })),
          ]}
        />
        <SelectField
          label="Posted"
          name="posted"
          defaultValue={values.posted ?? ""}
          options={[
            { value: "", label: "Any time" },
            { value: "1", label: "Last 24 hours" },
            { value: "7", label: "Last week" },
            { value: "30", label: "Last month" },
          ]}
        />
        <SelectField
          label="Sort by"
          name="sort"
          defaultValue={values.sort ?? ""}
          options={[
            { value: "", label: "Best match" },
            { value: "newest", label: "Newest" },
            { value: "budget", label: "Highest budget" },
          ]}
        />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <div className="col-span-2">
          <SelectField
            label="Skill"
            name="skills"
            defaultValue={values.skills ?? ""}
            options={[
              { value: "", label: "Any skill" },
              ...skills.map((s) => ({ value: s.slug, label: s.name })),
            ]}
          />
        </div>
        <TextField
          name="min"
          label="Budget from"
          inputMode="decimal"
          defaultValue={values.min ?? ""}
        />
        <TextField
          name="max"
          label="Budget up to"
          inputMode="decimal"
          defaultValue={values.max ?? ""}
        />
      </div>
      <SearchAsYouType formId="project-search" />
    </form>
  );
}
