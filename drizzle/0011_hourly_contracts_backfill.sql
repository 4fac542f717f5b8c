-- Contracts hired on hourly projects before hourly contracts existed were stored as fixed ones
-- whose "amount" was the accepted hourly rate. They become what they always were: hourly
-- contracts at that rate, with the default weekly limit of 40 h the client can change on the
-- contract page. amount_minor keeps its value (it equals the rate on every hourly contract).
UPDATE `contracts` SET `kind` = 'hourly', `hourly_rate_minor` = `amount_minor`, `weekly_limit_minutes` = 2400
WHERE `project_id` IN (SELECT `id` FROM `projects` WHERE `budget_type` = 'hourly');
--> statement-breakpoint
-- Their milestones are kept as they are, as a record of what was agreed (the contract page lists
-- them read-only, and no milestone action accepts them any more): deleting them would lose
-- history, and nothing was ever paid on them. A change to the "amount" nobody answered has
-- nothing left to change: it is withdrawn, as finishing a contract withdraws one.
UPDATE `contract_amendments` SET `status` = 'withdrawn', `decided_at` = CAST(strftime('%s', 'now') AS INTEGER) * 1000
WHERE `status` = 'pending' AND `contract_id` IN (SELECT `id` FROM `contracts` WHERE `kind` = 'hourly');
--> statement-breakpoint
-- From here on the database keeps a contract's terms matching its kind (a CHECK would rebuild
-- the contracts table, and a rebuild cascades into its children: see STACK.md). A fixed
-- contract has no rate or limit; an hourly one has both, and its amount mirrors the rate.
CREATE TRIGGER `contracts_terms_match_kind_insert` BEFORE INSERT ON `contracts`
WHEN NOT (
	(new.`kind` = 'fixed' AND new.`hourly_rate_minor` IS NULL AND new.`weekly_limit_minutes` IS NULL)
	OR (new.`kind` = 'hourly' AND new.`hourly_rate_minor` = new.`amount_minor` AND new.`weekly_limit_minutes` BETWEEN 60 AND 6000)
)
BEGIN
	SELECT RAISE(ABORT, 'a contract''s terms must match its kind');
END;
--> statement-breakpoint
CREATE TRIGGER `contracts_terms_match_kind_update` BEFORE UPDATE OF `kind`, `amount_minor`, `hourly_rate_minor`, `weekly_limit_minutes` ON `contracts`
WHEN new.`kind` IS NOT old.`kind` OR NOT (
	(new.`kind` = 'fixed' AND new.`hourly_rate_minor` IS NULL AND new.`weekly_limit_minutes` IS NULL)
	OR (new.`kind` = 'hourly' AND new.`hourly_rate_minor` = new.`amount_minor` AND new.`weekly_limit_minutes` BETWEEN 60 AND 6000)
)
BEGIN
	SELECT RAISE(ABORT, 'a contract''s kind never changes and its terms must match it');
END;
--> statement-breakpoint
-- Milestones and amount changes belong to fixed contracts, timesheets to hourly ones.
CREATE TRIGGER `milestones_fixed_contracts_only` BEFORE INSERT ON `milestones`
WHEN (SELECT `kind` FROM `contracts` WHERE `id` = new.`contract_id`) = 'hourly'
BEGIN
	SELECT RAISE(ABORT, 'hourly contracts have no milestones');
END;
--> statement-breakpoint
CREATE TRIGGER `contract_amendments_fixed_contracts_only` BEFORE INSERT ON `contract_amendments`
WHEN (SELECT `kind` FROM `contracts` WHERE `id` = new.`contract_id`) = 'hourly'
BEGIN
	SELECT RAISE(ABORT, 'hourly contracts have no amount to change');
END;
--> statement-breakpoint
CREATE TRIGGER `timesheet_weeks_hourly_contracts_only` BEFORE INSERT ON `timesheet_weeks`
WHEN (SELECT `kind` FROM `contracts` WHERE `id` = new.`contract_id`) IS NOT 'hourly'
BEGIN
	SELECT RAISE(ABORT, 'only hourly contracts have timesheets');
END;
--> statement-breakpoint
-- An entry lies inside its week, on its week's contract.
CREATE TRIGGER `time_entries_inside_their_week_insert` BEFORE INSERT ON `time_entries`
WHEN NOT EXISTS (
	SELECT 1 FROM `timesheet_weeks` w WHERE w.`id` = new.`week_id` AND w.`contract_id` = new.`contract_id`
		AND new.`work_date` >= w.`week_start` AND new.`work_date` < w.`week_start` + 604800000
)
BEGIN
	SELECT RAISE(ABORT, 'a time entry lies inside its week');
END;
--> statement-breakpoint
CREATE TRIGGER `time_entries_inside_their_week_update` BEFORE UPDATE OF `week_id`, `contract_id`, `work_date` ON `time_entries`
WHEN NOT EXISTS (
	SELECT 1 FROM `timesheet_weeks` w WHERE w.`id` = new.`week_id` AND w.`contract_id` = new.`contract_id`
		AND new.`work_date` >= w.`week_start` AND new.`work_date` < w.`week_start` + 604800000
)
BEGIN
	SELECT RAISE(ABORT, 'a time entry lies inside its week');
END;
