"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { z } from "zod";

import { FormAlert } from "~/app/_components/form/form-alert";
import { SelectField } from "~/app/_components/form/select-field";
import { SkillPicker, type PickableSkill } from "~/app/_components/form/skill-picker";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { TextField } from "~/app/_components/form/text-field";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { availabilityLabel } from "~/shared/format/labels";
import { minorToInput, parseMoneyToMinor } from "~/shared/format/money";
import {
  availabilities,
  MAX_PORTFOLIO_ITEMS,
  PortfolioItemInput,
  SaveFreelancerProfileInput,
} from "~/shared/schemas/profile";
import { currencies } from "~/shared/schemas/project";
import { api } from "~/trpc/react";
import { PortfolioPicture } from "./portfolio-picture";

interface PortfolioDraft {
  key: number;
  title: string;
  description: string;
  url: string;
  imageFileId: string | null;
}

export interface FreelancerProfileValues {
  headline: string;
  bio: string;
  hourlyRateMinor: number;
  currency: string;
  availability: string;
  location: string;
  skillIds: number[];
  portfolio: {
    title: string;
    description: string;
    url: string | null;
    imageFileId: string | null;
  }[];
}

export function FreelancerProfileForm({
  userId,
  skills,
  initial,
}: {
  userId: string;
  skills: PickableSkill[];
  initial: FreelancerProfileValues | null;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { values, set } = useFieldValues(
    {
      headline: initial?.headline ?? "",
      bio: initial?.bio ?? "",
      hourlyRate: initial ? minorToInput(initial.hourlyRateMinor, initial.currency) : "",
      currency: initial?.currency ?? "USD",
      availability: initial?.availability ?? "available",
      location: initial?.location ?? "",
    },
    () => setSaved(false),
  );
  const [skillIds, setSkillIds] = useState<number[]>(initial?.skillIds ?? []);
  // Keys for portfolio items (stable while editing); counted per form, so the server and the
  // browser render the same ids.
  const nextKey = useRef(initial?.portfolio.length ?? 0);
  const [portfolio, setPortfolio] = useState<PortfolioDraft[]>(
    (initial?.portfolio ?? []).map((item, key) => ({
      ...item,
      url: item.url ?? "",
      imageFileId: item.imageFileId ?? null,
      key,
    })),
  );
  const [itemErrors, setItemErrors] = useState<Record<number, Record<string, string[]>>>({});
  const setItem = (key: number, field: keyof Omit<PortfolioDraft, "key">, value: string | null) =>
    setPortfolio((items) =>
      items.map((item) => (item.key === key ? { ...item, [field]: value } : item)),
    );

  const save = api.profile.saveFreelancer.useMutation({
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  // Each portfolio item is checked on its own too, so its errors show beside it; the profile
  // is sent only when every item passes.
  const portfolioErrors = () => {
    const errors: Record<number, Record<string, string[]>> = {};
    for (const item of portfolio) {
      const parsed = PortfolioItemInput.safeParse(item);
      if (!parsed.success)
        errors[item.key] = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    }
    return errors;
  };
  const form = useSchemaForm(SaveFreelancerProfileInput, {
    isPending: save.isPending,
    mutate: (input, options) => {
      if (Object.keys(portfolioErrors()).length === 0) save.mutate(input, options);
    },
  });
  const { fieldErrors, message } = form;

  function formValues() {
    setSaved(false);
    setItemErrors(portfolioErrors());
    return {
      ...values,
      // The rate is typed in whole currency units and becomes integer cents here, exactly.
      hourlyRateMinor: parseMoneyToMinor(values.hourlyRate, values.currency) ?? Number.NaN,
      skillIds,
      portfolio: portfolio.map(({ title, description, url, imageFileId }) => ({
        title,
        description,
        url,
        imageFileId,
      })),
    };
  }

  return (
    <form onSubmit={form.onSubmit(formValues)} noValidate className="flex flex-col gap-5">
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      {saved ? (
        <FormAlert tone="success">
          Profile saved.{" "}
          <Link href={`/freelancers/${userId}`} className="underline">
            See your public profile
          </Link>
          .
        </FormAlert>
      ) : null}
      <TextField
        name="headline"
        label="Headline"
        hint="One line clients see first, e.g. “React Native developer for health apps”."
        value={values.headline}
        onChange={set("headline")}
        error={fieldErrors.headline}
        required
      />
      <TextAreaField
        name="bio"
        label="About you (Markdown: **bold**, lists with “- ”, links)"
        rows={7}
        value={values.bio}
        onChange={set("bio")}
        error={fieldErrors.bio}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name="hourlyRate"
          label="Hourly rate"
          inputMode="decimal"
          value={values.hourlyRate}
          onChange={set("hourlyRate")}
          error={fieldErrors.hourlyRateMinor}
          required
        />
        <SelectField
          label="Currency"
          value={values.currency}
          onChange={set("currency")}
          options={currencies.map((c) => ({ value: c, label: c }))}
        />
        <SelectField
          label="Availability"
          value={values.availability}
          onChange={set("availability")}
          options={availabilities.map((a) => ({ value: a, label: availabilityLabel[a] }))}
        />
      </div>
      <TextField
        name="location"
        label="Location"
        hint="City and country, or “Remote”."
        value={values.location}
        onChange={set("location")}
        error={fieldErrors.location}
      />
      <SkillPicker
        skills={skills}
        selected={skillIds}
        onChange={(ids) => {
          setSaved(false);
          setSkillIds(ids);
        }}
        legend={`Skills (1 to 15; ${skillIds.length} chosen)`}
        error={fieldErrors.skillIds}
      />
      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-medium">
          Portfolio ({portfolio.length} of {MAX_PORTFOLIO_ITEMS})
        </legend>
        {fieldErrors.portfolio ? (
          <p className="text-sm font-medium text-red-700 dark:text-red-400">
            {fieldErrors.portfolio.join(" ")}
          </p>
        ) : null}
        {portfolio.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            No portfolio items yet. Add work you are proud of: clients look here first.
          </p>
        ) : null}
        <ol className="flex flex-col gap-4">
          {portfolio.map((item, index) => (
            <li
              key={item.key}
              className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
            >
              <div className="flex items-center justify-between">
                <span className="text-sm font-semibold">Item {index + 1}</span>
                <Button
                  type="button"
                  variant="secondary"
                  aria-label={`Remove portfolio item ${index + 1}`}
                  onClick={() => setPortfolio((items) => items.filter((i) => i.key !== item.key))}
                >
                  Remove
                </Button>
              </div>
              <TextField
                name={`portfolio-${item.key}-title`}
                label="Title"
                value={item.title}
                onChange={(e) => setItem(item.key, "title", e.target.value)}
                error={itemErrors[item.key]?.title}
              />
              <TextAreaField
                name={`portfolio-${item.key}-description`}
                label="What you did"
                rows={2}
                value={item.description}
                onChange={(e) => setItem(item.key, "description", e.target.value)}
                error={itemErrors[item.key]?.description}
              />
              <TextField
                name={`portfolio-${item.key}-url`}
                label="Link (optional)"
                type="url"
                inputMode="url"
                placeholder="https://"
                value={item.url}
                onChange={(e) => setItem(item.key, "url", e.target.value)}
                error={itemErrors[item.key]?.url}
              />
              <PortfolioPicture
                fileId={item.imageFileId}
                itemLabel={item.title || `item ${index + 1}`}
                onChange={(fileId) => setItem(item.key, "imageFileId", fileId)}
              />
            </li>
          ))}
        </ol>
        {portfolio.length < MAX_PORTFOLIO_ITEMS ? (
          <Button
            type="button"
            variant="secondary"
            className="self-start"
            onClick={() =>
              setPortfolio((items) => [
                ...items,
                {
                  key: nextKey.current++,
                  title: "",
                  description: "",
                  url: "",
                  imageFileId: null,
                },
              ])
            }
          >
            Add portfolio item
          </Button>
        ) : null}
      </fieldset>
      <Button pending={form.pending} pendingLabel="Saving…" className="self-start">
        Save profile
      </Button>
    </form>
  );
}
