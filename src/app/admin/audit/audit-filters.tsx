import Form from "next/form";
import Link from "next/link";

import { TextField } from "~/app/_components/form/text-field";
import type { AuditFilter } from "~/shared/schemas/admin";
import { filterQuery, secondaryButton } from "../_components/admin-parts";

/** The log's filters, a GET form (shareable, reloadable), and the CSV of what they show. */
export function AuditFilters({ filter }: { filter: AuditFilter }) {
  return (
    <div className="flex flex-col gap-3">
      <Form
        key={filterQuery(filter)}
        action="/admin/audit"
        role="search"
        aria-label="Filter the audit log"
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
      >
        <TextField
          label="Actor"
          name="actor"
          hint="Email address or account id of who acted."
          defaultValue={filter.actor ?? ""}
          autoComplete="off"
        />
        <TextField
          label="Action"
          name="action"
          hint="For example user.status_changed."
          defaultValue={filter.action ?? ""}
          autoComplete="off"
        />
        <TextField
          label="Subject type"
          name="targetType"
          hint="For example user or job."
          defaultValue={filter.targetType ?? ""}
          autoComplete="off"
        />
        <TextField
          label="Subject id"
          name="targetId"
          defaultValue={filter.targetId ?? ""}
          autoComplete="off"
        />
        <TextField label="From" name="from" type="date" defaultValue={filter.from ?? ""} />
        <TextField label="Until" name="to" type="date" defaultValue={filter.to ?? ""} />
        <div className="flex flex-wrap items-end gap-3">
          <button type="submit" className={secondaryButton}>
            Apply filters
          </button>
          {Object.keys(filter).length > 0 ? (
            <Link
              href="/admin/audit"
              className="text-brand-700 dark:text-brand-300 py-2 text-sm font-medium underline"
            >
              Clear filters
            </Link>
          ) : null}
        </div>
      </Form>
      <a
        href={`/api/admin/audit/export${filterQuery(filter)}`}
        download
        className="text-brand-700 dark:text-brand-300 self-start text-sm font-semibold underline"
      >
        Download CSV
      </a>
    </div>
  );
}
