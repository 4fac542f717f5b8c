import { SelectField } from "~/app/_components/form/select-field";
import { TextField } from "~/app/_components/form/text-field";
import { SearchAsYouType } from "~/app/_components/search-as-you-type";

/**
 * A plain GET form: the search lives in the URL, so it can be shared and reloaded. With
 * JavaScript it applies as you type, the same way as the project search.
 */
export function FreelancerSearchForm({
  values,
  skills,
}: {
  values: { q: string; skill: string; available: string };
  skills: { slug: string; name: string }[];
}) {
  return (
    <form
      id="freelancer-search"
      method="get"
      action="/freelancers"
      role="search"
      aria-label="Search freelancers"
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end">
        <TextField
          name="q"
          type="search"
          label="Search"
          defaultValue={values.q}
          placeholder="e.g. react native, brand designer"
        />
        <SelectField
          label="Skill"
          name="skill"
          defaultValue={values.skill}
          options={[
            { value: "", label: "Any skill" },
            ...skills.map((s) => ({ value: s.slug, label: s.name })),
          ]}
        />
        <button
          type="submit"
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-4 py-2 text-sm font-semibold text-white"
        >
          Search
        </button>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="available"
          value="1"
          defaultChecked={values.available === "1"}
          className="accent-brand-600 h-4 w-4"
        />
        Only freelancers taking work
      </label>
      <SearchAsYouType formId="freelancer-search" />
    </form>
  );
}
