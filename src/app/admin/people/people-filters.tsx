import Form from "next/form";
import Link from "next/link";

import { SelectField } from "~/app/_components/form/select-field";
import { TextField } from "~/app/_components/form/text-field";
import type { PeopleFilter } from "~/shared/schemas/admin";
import { filterQuery, secondaryButton } from "../_components/admin-parts";

/** The search and filters, a GET form: a filtered list can be reloaded and shared. */
export function PeopleFilters({ filter }: { filter: PeopleFilter }) {
  return (
    <Form
      key={filterQuery(filter)}
      action="/admin/people"
      role="search"
      aria-label="Find people"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
    >
      <TextField
        label="Name or email"
        name="q"
        type="search"
        defaultValue={filter.q ?? ""}
        autoComplete="off"
      />
      <SelectField
        label="Role"
        name="role"
        defaultValue={filter.role ?? ""}
        options={[
          { value: "", label: "Any role" },
          { value: "client", label: "Client" },
          { value: "freelancer", label: "Freelancer" },
          { value: "admin", label: "Admin" },
        ]}
      />
      <SelectField
        label="Status"
        name="status"
        defaultValue={filter.status ?? ""}
        options={[
          { value: "", label: "Any status" },
          { value: "active", label: "Active" },
          { value: "suspended", label: "Suspended" },
        ]}
      />
      <TextField label="Signed up from" name="from" type="date" defaultValue={filter.from ?? ""} />
      <TextField label="Signed up until" name="to" type="date" defaultValue={filter.to ?? ""} />
      <div className="flex flex-wrap items-end gap-3">
        <button type="submit" className={secondaryButton}>
          Search
        </button>
        {Object.keys(filter).length > 0 ? (
          <Link
            href="/admin/people"
            className="text-brand-700 dark:text-brand-300 py-2 text-sm font-medium underline"
          >
            Clear filters
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
