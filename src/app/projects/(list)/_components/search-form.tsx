import { SelectField } from "~/app/_components/form/select-field";
import { TextField } from "~/app/_components/form/text-field";
import { experienceLabel } from "~/shared/format/labels";
import { experienceLevels } from "~/shared/schemas/project";
import { SearchAsYouType } from "~/app/_components/search-as-you-type";
import { FilterFold } from "./filter-fold";

/** The fields folded behind "Filters" on a phone. */
const FILTER_KEYS = ["type", "level", "posted", "sort", "skills", "min", "max"] as const;

/** A plain GET form: every filter lands in the URL, so a search can be shared and reloaded. */
export function SearchForm({
  values,
  skills,
  filtersOpen = false,
}: {
  values: Record<string, string>;
  skills: { slug: string; name: string }[];
  /** Unfold the filters on a phone (`?filters=1`: the Filters button pressed without JavaScript). */
  filtersOpen?: boolean;
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
      <FilterFold
        activeCount={FILTER_KEYS.filter((key) => values[key]).length}
        initiallyOpen={filtersOpen}
        words={
          <TextField
            name="q"
            type="search"
            label="Search"
            defaultValue={values.q ?? ""}
            placeholder="e.g. react dashboard"
            className="flex-1"
          />
        }
        submit={
          <button
            type="submit"
            className="bg-brand-600 hover:bg-brand-700 flex-1 rounded-lg px-4 py-2 text-sm font-semibold text-white sm:flex-none"
          >
            Search
          </button>
        }
      >
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
      </FilterFold>
      <SearchAsYouType formId="project-search" />
    </form>
  );
}
