"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { DisputeStatusBadge } from "~/app/_components/dispute/dispute-status";
import { FilePicker } from "~/app/_components/file-picker";
import { FormAlert } from "~/app/_components/form/form-alert";
import { SelectField } from "~/app/_components/form/select-field";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { LocalTime } from "~/app/_components/local-time";
import { MAX_ATTACHMENTS } from "~/shared/files";
import { formatMoney } from "~/shared/format/money";
import { OpenDisputeInput } from "~/shared/schemas/dispute";
import { isActiveDispute } from "~/shared/trust";
import { api, type RouterOutputs } from "~/trpc/react";

type ContractDisputes = RouterOutputs["dispute"]["forContract"];
type Disputable = ContractDisputes["disputable"][number];

/**
 * The running dispute over one milestone or week, if any, for its card: the card says the
 * money is frozen and links to the dispute. Reads the contract's disputes from the cache the
 * page filled.
 */
export function useActiveDispute(contractId: string, itemId: string | null, enabled: boolean) {
  const { data } = api.dispute.forContract.useQuery({ contractId }, { enabled });
  return data?.disputes.find(
    (dispute) => dispute.itemId === itemId && isActiveDispute(dispute.status),
  );
}

/** "In dispute": a card's note that its money is frozen, with a link to the dispute. */
export function InDisputeNote({
  contractId,
  dispute,
}: {
  contractId: string;
  dispute: { id: string; frozenMinor: number; currency: string };
}) {
  return (
    <p className="mt-2 rounded-lg border-l-4 border-red-500 bg-red-50 px-3 py-2 text-sm dark:bg-red-950">
      <strong>In dispute:</strong> {formatMoney(dispute.frozenMinor, dispute.currency)} is frozen
      until an admin settles it.{" "}
      <Link href={`/contracts/${contractId}/disputes/${dispute.id}`} className="underline">
        See the dispute
      </Link>
    </p>
  );
}

/**
 * The contract's disputes and, for its parties, how to open one: about a milestone or an
 * hourly week whose money escrow holds. Opening one goes to its page.
 */
export function ContractDisputes({ contractId }: { contractId: string }) {
  const [{ disputes, disputable }] = api.dispute.forContract.useSuspenseQuery({ contractId });
  const [opening, setOpening] = useState(false);
  if (disputes.length === 0 && disputable.length === 0) return null;
  return (
    <section aria-labelledby="disputes-heading" className="flex flex-col gap-3">
      <h2 id="disputes-heading" className="text-xl font-semibold">
        Disputes
      </h2>
      {disputes.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          If you and the other party cannot agree about work whose money escrow holds, an admin can
          settle it. Talk it through in messages first.
        </p>
      ) : (
        <ul
          aria-label="Disputes on this contract"
          className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
        >
          {disputes.map((dispute) => (
            <li key={dispute.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-4">
              <Link
                href={`/contracts/${contractId}/disputes/${dispute.id}`}
                className="min-w-0 font-medium wrap-anywhere underline"
              >
                Dispute over {dispute.what}
              </Link>
              <DisputeStatusBadge status={dispute.status} />
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {formatMoney(dispute.frozenMinor, dispute.currency)} · opened{" "}
                <LocalTime date={dispute.createdAt} show="date" />
              </span>
            </li>
          ))}
        </ul>
      )}
      {disputable.length > 0 && !opening ? (
        <div>
          <Button type="button" variant="secondary" onClick={() => setOpening(true)}>
            Open a dispute
          </Button>
        </div>
      ) : null}
      {disputable.length > 0 && opening ? (
        <OpenDisputeForm
          contractId={contractId}
          disputable={disputable}
          onCancel={() => setOpening(false)}
        />
      ) : null}
    </section>
  );
}

function OpenDisputeForm({
  contractId,
  disputable,
  onCancel,
}: {
  contractId: string;
  disputable: Disputable[];
  onCancel: () => void;
}) {
  const router = useRouter();
  const utils = api.useUtils();
  const [itemId, setItemId] = useState(disputable[0]!.itemId);
  const [reason, setReason] = useState("");
  const [files, setFiles] = useState({ fileIds: [] as string[], uploading: false });
  const open = api.dispute.open.useMutation({
    onSuccess: async (dispute) => {
      await utils.dispute.forContract.invalidate({ contractId });
      router.push(`/contracts/${contractId}/disputes/${dispute.id}`);
    },
  });
  const form = useSchemaForm(OpenDisputeInput, open);
  const chosen = disputable.find((item) => item.itemId === itemId) ?? disputable[0]!;
  return (
    <form
      onSubmit={form.onSubmit(() => ({
        item: chosen.item,
        itemId: chosen.itemId,
        reason,
        fileIds: files.fileIds,
      }))}
      noValidate
      aria-label="Open a dispute"
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">
        While the dispute runs, the money held for it is frozen: nobody can release or refund it
        until an admin settles it, or you withdraw the dispute.
      </p>
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <SelectField
        name="itemId"
        label="What is it about"
        value={itemId}
        onChange={(event) => setItemId(event.target.value)}
        options={disputable.map((item) => ({
          value: item.itemId,
          label: `${item.item === "milestone" ? "Milestone" : "Hours for"} ${item.what} · ${formatMoney(item.heldMinor, item.currency)} held`,
        }))}
      />
      <TextAreaField
        name="reason"
        label="What went wrong"
        rows={5}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          form.clearField("reason");
        }}
        error={form.fieldErrors.reason}
      />
      <FilePicker
        purpose="attachment"
        label="Attach evidence"
        max={MAX_ATTACHMENTS}
        onChange={setFiles}
        error={form.fieldErrors.fileIds}
      />
      <div className="flex flex-wrap gap-2">
        <Button
          pending={form.pending || open.isSuccess || files.uploading}
          pendingLabel={files.uploading ? "Uploading files…" : "Opening…"}
        >
          Open the dispute
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
