import { proposalInput } from "../../helpers/marketplace";
import { cards } from "../../helpers/money";
import { firstEntryOf, today } from "./resource-states";
import { on, tierOnly, type Rule } from "./sweep-model";

/**
 * What the sweep knows about each procedure, and nothing else: its tier, the kind of
 * resource its id names, who may act on it and in which states. Everything the sweep
 * asserts is derived from this table, and a procedure missing from it fails the sweep.
 */

const published = ["open", "cancelledOpen", "inProgress", "completed", "completedEnded"] as const;
const id = (value: string) => ({ id: value });

const passphrase = "a brand new passphrase";
const scores = { overall: 4, communication: 5, quality: 4, timeliness: 3 };
const proposalFields = (projectId: string) => {
  const { projectId: _, ...fields } = proposalInput(projectId, 300_000);
  return fields;
};
const publicUser = { publicIn: ["client", "freelancer"], okIn: ["client", "freelancer"] } as const;

const disputeReason = "The delivery does not match the brief we agreed on.";
const running = ["open", "underReview"] as const;

export const procedureRules: Record<string, Rule> = {
  "dispute.open": on(
    "milestone",
    "signedIn",
    ["client", "freelancer"],
    (m) => ({ item: "milestone", itemId: m, reason: disputeReason }),
    { okIn: ["funded", "submitted", "changesRequested"] },
  ),
  "dispute.byId": on("dispute", "signedIn", ["client", "freelancer", "admin"], id),
  "dispute.forContract": on("contract", "signedIn", ["client", "freelancer"], (c) => ({
    contractId: c,
  })),
  "dispute.post": on(
    "dispute",
    "signedIn",
    ["client", "freelancer", "admin"],
    (d) => ({ disputeId: d, body: "Here is one more screenshot." }),
    { okIn: running },
  ),
  "dispute.withdraw": on("dispute", "signedIn", ["client"], id, {
    okIn: running,
    knownTo: ["admin"],
  }),
  "dispute.queue": tierOnly("admin", () => ({})),
  "dispute.needingAttention": tierOnly("admin"),
  "dispute.takeUp": on("dispute", "admin", ["admin"], id, { okIn: ["open"] }),
  "dispute.resolve": on(
    "dispute",
    "admin",
    ["admin"],
    (d) => ({ id: d, outcome: "refund", decision: "Refunded: the work was never delivered." }),
    { okIn: running },
  ),

  "account.me": tierOnly("signedIn"),
  "account.updateProfile": tierOnly("signedIn", () => ({ name: "Renamed Person" })),
  "account.resendVerification": tierOnly("signedIn"),
  "account.changePassword": tierOnly("signedIn", () => ({
    currentPassword: "not the password",
    newPassword: passphrase,
  })),
  "account.requestEmailChange": tierOnly("signedIn", () => ({
    newEmail: "sweep-new-address@guild.test",
    password: "not the password",
  })),
  "account.resendEmailChange": tierOnly("signedIn"),
  "account.cancelEmailChange": tierOnly("signedIn"),
  "account.sessions": tierOnly("signedIn"),
  "account.revokeSession": on("session", "signedIn", ["sessionOwner"], (s) => ({ sessionId: s }), {
    okIn: ["active"],
    otherwise: "NOT_FOUND",
  }),
  "account.revokeOtherSessions": tierOnly("signedIn"),
  "account.setTimeZone": tierOnly("signedIn", () => ({ timeZone: "Europe/Lisbon" })),
  // Only the actor's own upload can become theirs: a random id is simply not found.
  "account.setAvatar": tierOnly("signedIn", () => ({ fileId: crypto.randomUUID() })),
  "account.removeAvatar": tierOnly("signedIn"),
  "account.securityEvents": tierOnly("signedIn"),
  "account.twoFactorStatus": tierOnly("signedIn"),
  "account.beginTwoFactorSetup": tierOnly("signedIn"),
  "account.confirmTwoFactor": tierOnly("signedIn", () => ({ code: "123456" })),
  "account.disableTwoFactor": tierOnly("signedIn", () => ({ password: "nope", code: "123456" })),
  "account.regenerateRecoveryCodes": tierOnly("signedIn", () => ({
    method: "password",
    password: "nope",
  })),
  // Account → Your data: the actor's own data only, through a browser session (no scope).
  "privacy.exports": tierOnly("signedIn"),
  "privacy.requestExport": tierOnly("signedIn"),
  "privacy.deletionCheck": tierOnly("signedIn"),
  "privacy.deleteAccount": tierOnly("signedIn", () => ({ password: "not the password" })),

  "admin.reportedConversation": on("report", "admin", ["admin"], (r) => ({ reportId: r })),
  // The admin console's People and Audit log: any person is the admin's to act on, in any
  // state (asking for what is already so changes nothing); each action carries a reason.
  "admin.people": tierOnly("admin", () => ({ q: "sweep" })),
  "admin.person": on("user", "admin", ["admin"], (u) => ({ userId: u })),
  "admin.setUserRole": on("user", "admin", ["admin"], (u) => ({
    userId: u,
    role: "freelancer",
    reason: "Sweep role change",
  })),
  "admin.setUserStatus": on("user", "admin", ["admin"], (u) => ({
    userId: u,
    status: "suspended",
    reason: "Sweep suspension",
  })),
  "admin.requirePasswordReset": on("user", "admin", ["admin"], (u) => ({
    userId: u,
    reason: "Sweep password reset",
  })),
  "admin.verifyEmail": on("user", "admin", ["admin"], (u) => ({
    userId: u,
    reason: "Sweep verification",
  })),
  "admin.apiTokens": on("user", "admin", ["admin"], (u) => ({ userId: u })),
  // A token id nobody holds: the admin reaches the action, which finds no such token.
  "admin.revokeApiToken": on(
    "user",
    "admin",
    ["admin"],
    (u) => ({ userId: u, tokenId: crypto.randomUUID(), reason: "Sweep token revocation" }),
    { okIn: [], otherwise: "NOT_FOUND" },
  ),
  "apiToken.list": tierOnly("signedIn"),
  "apiToken.create": tierOnly("signedIn", () => ({
    name: "Sweep token",
    scopes: ["projects:read"],
    expiresInDays: 30,
  })),
  "apiToken.revoke": on("apiToken", "signedIn", ["sessionOwner"], (t) => ({ tokenId: t }), {
    okIn: ["active"],
    otherwise: "NOT_FOUND",
  }),
  // Public addresses by IP: no name to resolve, so the sweep needs no DNS.
  "webhook.list": tierOnly("signedIn"),
  "webhook.create": tierOnly("signedIn", () => ({
    url: "https://93.184.215.14/hooks",
    eventKinds: ["proposal.received"],
  })),
  "webhook.update": on("webhookEndpoint", "signedIn", ["sessionOwner"], (e) => ({
    endpointId: e,
    url: "https://93.184.215.14/other-hooks",
    eventKinds: ["payment.succeeded"],
  })),
  "webhook.rotateSecret": on("webhookEndpoint", "signedIn", ["sessionOwner"], (e) => ({
    endpointId: e,
  })),
  "webhook.setEnabled": on("webhookEndpoint", "signedIn", ["sessionOwner"], (e) => ({
    endpointId: e,
    enabled: true,
  })),
  "webhook.delete": on("webhookEndpoint", "signedIn", ["sessionOwner"], (e) => ({
    endpointId: e,
  })),
  "webhook.sendTest": on(
    "webhookEndpoint",
    "signedIn",
    ["sessionOwner"],
    (e) => ({ endpointId: e }),
    {
      okIn: ["active"],
    },
  ),
  "admin.revokeSessions": on("user", "admin", ["admin"], (u) => ({
    userId: u,
    reason: "Sweep sign-out",
  })),
  "admin.auditEvents": tierOnly("admin", () => ({ action: "user.status_changed" })),

  // The admin console's overview and jobs: the tier is the whole rule (a made-up job id is
  // simply not found; pausing a name nobody uses is allowed).
  "ops.overview": tierOnly("admin", () => ({ period: "7d" })),
  "ops.jobs": tierOnly("admin"),
  "ops.retryJob": tierOnly("admin", () => ({ id: crypto.randomUUID(), reason: "sweep retry" })),
  "ops.discardJob": tierOnly("admin", () => ({ id: crypto.randomUUID(), reason: "sweep discard" })),
  "ops.pauseJob": tierOnly("admin", () => ({ name: "sweep.paused", reason: "sweep pause" })),
  "ops.resumeJob": tierOnly("admin", () => ({ name: "sweep.resumed", reason: "sweep resume" })),

  "auth.signUp": tierOnly("public", () => ({
    name: "Sweep Person",
    email: `sweep-${crypto.randomUUID()}@guild.test`,
    password: passphrase,
    role: "client",
  })),
  "auth.signIn": tierOnly("public", (_, fx) => fx.credentials),
  "auth.secondFactor": tierOnly("public", () => ({ challenge: "c".repeat(43), code: "123456" })),
  "auth.verifyEmail": tierOnly("public", () => ({ token: "t".repeat(43) })),
  "auth.confirmEmailChange": tierOnly("public", () => ({ token: "t".repeat(43) })),
  "auth.requestPasswordReset": tierOnly("public", () => ({ email: "nobody@guild.test" })),
  "auth.resetPassword": tierOnly("public", () => ({ token: "t".repeat(43), password: passphrase })),

  "contract.byId": on("contract", "signedIn", ["client", "freelancer", "admin"], id),
  "contract.workspace": on("contract", "signedIn", ["client", "freelancer", "admin"], id),
  "contract.milestones": on("contract", "signedIn", ["client", "freelancer", "admin"], id),
  "contract.mine": tierOnly("signedIn", () => ({})),
  "contract.addMilestone": on(
    "contract",
    "signedIn",
    ["client"],
    (c) => ({ contractId: c, title: "Extra screens", amountMinor: 1_000, dueDate: null }),
    { okIn: ["active"] },
  ),
  "contract.end": on("contract", "signedIn", ["client"], id, { okIn: ["active"] }),
  "contract.proposeAmendment": on(
    "contract",
    "signedIn",
    ["client"],
    (c) => ({ contractId: c, amountMinor: 600_000, reason: "Two more screens" }),
    { okIn: ["active"] },
  ),
  "contract.leaveReview": on(
    "contract",
    "signedIn",
    ["client", "freelancer"],
    (c) => ({ contractId: c, ...scores, comment: "Clear brief, quick answers." }),
    { okIn: ["completed", "ended"] },
  ),
  "contract.editMilestone": on(
    "milestone",
    "signedIn",
    ["client"],
    (m) => ({ id: m, title: "Smaller screens", amountMinor: 1_000, dueDate: null }),
    { okIn: ["pending", "funded"] },
  ),
  "contract.removeMilestone": on("milestone", "signedIn", ["client"], id, {
    okIn: ["pending", "funded"],
  }),
  // Only what the client has paid into escrow can be handed in.
  "contract.submitMilestone": on(
    "milestone",
    "signedIn",
    ["freelancer"],
    (m) => ({ id: m, note: "Delivered", links: ["https://example.com/build"] }),
    { okIn: ["funded", "changesRequested"] },
  ),
  "contract.requestChanges": on(
    "milestone",
    "signedIn",
    ["client"],
    (m) => ({ id: m, reason: "Please add the empty states" }),
    { okIn: ["submitted"] },
  ),
  "contract.approveMilestone": on("milestone", "signedIn", ["client"], id, { okIn: ["submitted"] }),
  "contract.respondToAmendment": on(
    "amendment",
    "signedIn",
    ["freelancer"],
    (a) => ({ id: a, accept: true }),
    { okIn: ["pending"] },
  ),
  "contract.withdrawAmendment": on("amendment", "signedIn", ["client"], id, { okIn: ["pending"] }),
  "contract.replyToReview": on(
    "review",
    "signedIn",
    ["freelancer"],
    (r) => ({ id: r, reply: "Thank you!" }),
    // A review an admin hid is gone for the person it is about: nothing to reply to.
    { okIn: ["unreplied"], otherwise: { hidden: "NOT_FOUND" } },
  ),
  // Judgment call: a suspended person's page is not found, so their reviews look like nobody's.
  "contract.reviewsForUser": on("user", "public", ["anonymous"], (u) => ({ userId: u }), {
    publicIn: ["client", "freelancer"],
    sameAsMissing: true,
  }),

  "dashboard.client": tierOnly("client"),
  "dashboard.freelancer": tierOnly("freelancer"),
  "dashboard.recommendations": tierOnly("freelancer"),
  "dashboard.checklist": tierOnly("signedIn"),

  "invitation.send": on(
    "project",
    "client",
    ["client"],
    (p, fx) => ({ projectId: p, freelancerId: fx.freelancerId, message: "This fits your work." }),
    { okIn: ["open"] },
  ),
  // Any client may ask which of their own projects a listed freelancer could be invited to.
  "invitation.invitableProjects": on("user", "client", ["client"], (u) => ({ freelancerId: u }), {
    publicIn: ["freelancer"],
    okIn: ["freelancer"],
    otherwise: "NOT_FOUND",
  }),
  "invitation.forProject": on("project", "client", ["client"], (p) => ({ projectId: p })),
  "invitation.received": tierOnly("freelancer"),
  "invitation.mineForProject": on(
    "project",
    "freelancer",
    ["freelancer"],
    (p) => ({ projectId: p }),
    { sameAsMissing: true },
  ),
  "invitation.decline": on(
    "invitation",
    "freelancer",
    ["freelancer"],
    (i) => ({ id: i, reason: "Booked until June" }),
    { okIn: ["pending"] },
  ),
  "file.createUpload": tierOnly("signedIn", () => ({
    purpose: "attachment",
    name: "brief.pdf",
    size: 1_000,
  })),
  // Only the uploader knows an upload; its bytes must be in before it can be completed.
  "file.completeUpload": on("file", "signedIn", ["client"], (f) => ({ fileId: f }), {
    okIn: ["ready"],
    otherwise: "CONFLICT",
  }),

  "marketplace.stats": tierOnly("public"),

  // Everyone's own: a list and a count of the caller's, and marks that find only theirs.
  "savedSearch.list": tierOnly("freelancer"),
  "savedSearch.create": tierOnly("freelancer", () => ({
    name: "Design gigs",
    query: "q=design",
    alert: "instantly",
  })),
  "savedSearch.update": on("savedSearch", "freelancer", ["freelancer"], (s) => ({
    id: s,
    alert: "daily",
  })),
  "savedSearch.delete": on("savedSearch", "freelancer", ["freelancer"], id),

  "events.stream": tierOnly("signedIn", () => ({ lastEventId: "1" })),

  "message.inbox": tierOnly("signedIn", () => ({ search: "kiosk" })),
  "message.unreadTotal": tierOnly("signedIn"),
  // Answers only the actor's own conversation, or null: nothing to refuse but the tier.
  "message.find": tierOnly("signedIn", () => ({ projectId: crypto.randomUUID() })),
  "message.withPerson": tierOnly("signedIn", (_, fx) => ({ userId: fx.freelancerId })),
  // Person-wide: a random id, so the control blocks nobody the sweep relies on.
  "message.block": tierOnly("signedIn", () => ({ userId: crypto.randomUUID() })),
  "message.unblock": tierOnly("signedIn", () => ({ userId: crypto.randomUUID() })),
  "message.thread": on("conversation", "signedIn", ["client", "freelancer"], (c) => ({
    conversationId: c,
  })),
  "message.send": on("conversation", "signedIn", ["client", "freelancer"], (c) => ({
    conversationId: c,
    body: "Hello from the sweep",
  })),
  "message.markRead": on("conversation", "signedIn", ["client", "freelancer"], (c) => ({
    conversationId: c,
    seq: 1,
  })),
  "message.typing": on("conversation", "signedIn", ["client", "freelancer"], (c) => ({
    conversationId: c,
  })),
  // Its author still sees a message an admin hid, marked, and may delete it, not change it.
  "message.edit": on("message", "signedIn", ["client"], (m) => ({ id: m, body: "Edited" }), {
    okIn: ["sent"],
  }),
  "message.delete": on("message", "signedIn", ["client"], id),

  // Money. A milestone is funded once (a funded or handed-in one has nothing left to pay);
  // payments, receipts, balances and history are only ever the actor's own.
  "payment.fundMilestone": on(
    "milestone",
    "signedIn",
    ["client"],
    (m) => ({ milestoneId: m, card: cards.visa }),
    { okIn: ["pending"] },
  ),
  "payment.byId": on("payment", "signedIn", ["client"], (p) => ({ paymentId: p })),
  "payment.refresh": on("payment", "signedIn", ["client"], (p) => ({ paymentId: p })),
  "payment.authenticate": on("payment", "signedIn", ["client"], (p) => ({
    paymentId: p,
    approve: true,
  })),
  "payment.receipt": on("receipt", "signedIn", ["client"], id),
  "payment.billing": tierOnly("client"),
  "payment.saveCard": tierOnly("client", () => ({ card: cards.visa })),
  "payment.removeCard": tierOnly("client"),
  "payment.earnings": tierOnly("signedIn"),
  "payment.transactions": tierOnly("signedIn", () => ({
    cursor: 1_000_000,
    limit: 10,
    account: "available",
    kind: "release",
    currency: "USD",
  })),
  "payment.withdraw": tierOnly("freelancer", () => ({ currency: "USD", amountMinor: 1_000 })),
  "payment.startPayoutOnboarding": tierOnly("freelancer"),
  "payment.refreshPayoutAccount": tierOnly("freelancer"),

  // Anyone signed in reports what they can see, never their own; admins act from the queue.
  "moderation.reportProject": on(
    "project",
    "signedIn",
    ["strangerFreelancer"],
    (p) => ({ subjectId: p, reason: "scam", note: "" }),
    { publicIn: published, controlIn: published },
  ),
  "moderation.reportProfile": on(
    "user",
    "signedIn",
    ["strangerClient"],
    (u) => ({ subjectId: u, reason: "spam", note: "" }),
    { publicIn: ["client", "freelancer"], controlIn: ["client", "freelancer"] },
  ),
  "moderation.reportReview": on(
    "review",
    "signedIn",
    ["strangerFreelancer"],
    (r) => ({ subjectId: r, reason: "harassment", note: "" }),
    { publicIn: ["unreplied", "replied"], okIn: ["unreplied", "replied"], otherwise: "NOT_FOUND" },
  ),
  "moderation.reportMessage": on(
    "message",
    "signedIn",
    ["freelancer"],
    (m) => ({ subjectId: m, reason: "off_platform", note: "Asks to be paid outside Guild" }),
    { okIn: ["sent"], otherwise: { hidden: "NOT_FOUND" } },
  ),
  "moderation.queue": tierOnly("admin", () => ({ subjectType: "project", limit: 5 })),
  "moderation.act": on(
    "project",
    "admin",
    ["admin"],
    (p) => ({ subjectType: "project", subjectId: p, action: "hide", reason: "A fake listing" }),
    { okIn: ["draft", "cancelledDraft", ...published] },
  ),

  "notification.list": tierOnly("signedIn", () => ({ cursor: "1700000000000_abc" })),
  "notification.unreadCount": tierOnly("signedIn"),
  "notification.markRead": on("notification", "signedIn", ["client"], id),
  "notification.markAllRead": tierOnly("signedIn"),
  "notification.preferences": tierOnly("signedIn"),
  "notification.setPreference": tierOnly("signedIn", () => ({
    kind: "proposal.received",
    email: "daily",
  })),
  "marketplace.skills": tierOnly("public"),

  "timesheet.get": on("hourlyContract", "signedIn", ["client", "freelancer", "admin"], (c) => ({
    contractId: c,
  })),
  "timesheet.logTime": on(
    "hourlyContract",
    "signedIn",
    ["freelancer"],
    (c) => ({ contractId: c, workDate: today(), minutes: 60, description: "Sweep work" }),
    { okIn: ["active"] },
  ),
  "timesheet.setWeeklyLimit": on(
    "hourlyContract",
    "signedIn",
    ["client"],
    (c) => ({ contractId: c, weeklyLimitHours: 30 }),
    { okIn: ["active"] },
  ),
  "timesheet.editEntry": on(
    "entry",
    "signedIn",
    ["freelancer"],
    (e) => ({ id: e, workDate: today(), minutes: 45, description: "Sweep correction" }),
    { okIn: ["open", "disputed"] },
  ),
  "timesheet.deleteEntry": on("entry", "signedIn", ["freelancer"], id, {
    okIn: ["open", "disputed"],
  }),
  "timesheet.submitWeek": on("week", "signedIn", ["freelancer"], id, {
    okIn: ["open", "disputed"],
  }),
  "timesheet.approveWeek": on("week", "signedIn", ["client"], id, {
    okIn: ["submitted", "autoSubmitted"],
  }),
  "timesheet.disputeWeek": on(
    "week",
    "signedIn",
    ["client"],
    // The week's own entry when it was built here; an id of nothing for a made-up week.
    (wk) => ({ id: wk, entryIds: [firstEntryOf.get(wk) ?? wk], reason: "Not what we agreed on" }),
    { okIn: ["submitted", "autoSubmitted"] },
  ),

  "profile.freelancer": on("user", "public", ["anonymous"], id, {
    ...publicUser,
    states: ["freelancer", "suspendedFreelancer"],
    otherwise: "NOT_FOUND",
  }),
  "profile.client": on("user", "public", ["anonymous"], id, {
    ...publicUser,
    states: ["client", "suspendedClient"],
    otherwise: "NOT_FOUND",
  }),
  "profile.searchFreelancers": tierOnly("public", () => ({
    q: "booking apps",
    skills: ["react"],
    availableOnly: true,
    page: 1,
  })),
  "profile.myFreelancer": tierOnly("freelancer"),
  "profile.saveFreelancer": tierOnly("freelancer", (_, fx) => ({
    headline: "Booking apps for clinics and gyms",
    bio: "I build **booking** flows.",
    hourlyRateMinor: 9_500,
    currency: "EUR",
    availability: "available",
    location: "Lisbon",
    skillIds: fx.project.skillIds,
    portfolio: [{ title: "Clinic booking", description: "", url: "https://example.com/a" }],
  })),
  "profile.myClient": tierOnly("client"),
  "profile.saveClient": tierOnly("client", () => ({
    companyName: "Acme Clinics",
    about: "We run **three** clinics.",
    website: "https://example.com",
    location: "Porto",
  })),

  "project.listOpen": tierOnly("public", () => ({ cursor: "1700000000000_abc", limit: 5 })),
  "project.byId": on("project", "public", ["client", "admin"], id, { publicIn: published }),
  "project.trustSignals": on("project", "public", ["client", "admin"], id, {
    publicIn: published,
  }),
  "project.search": tierOnly("public", () => ({
    q: "booking app",
    skills: ["react"],
    budgetType: "fixed",
    experienceLevel: "expert",
    minBudgetMinor: 0,
    maxBudgetMinor: 1_000_000,
    postedWithinDays: 30,
    sort: "newest",
    limit: 5,
  })),
  "project.mine": tierOnly("client", () => ({})),
  "project.manage": on("project", "client", ["client"], id),
  "project.create": tierOnly("client", (_, fx) => fx.project),
  // Its client may still edit or close a project an admin hid.
  "project.update": on("project", "client", ["client"], (p, fx) => ({ id: p, ...fx.project }), {
    okIn: ["draft", "open", "hidden"],
  }),
  "project.publish": on("project", "client", ["client"], id, { okIn: ["draft"] }),
  "project.cancel": on("project", "client", ["client"], id, {
    okIn: ["draft", "open", "hidden"],
  }),

  "proposal.submit": on("project", "freelancer", ["strangerFreelancer"], (p) => proposalInput(p), {
    publicIn: published,
    controlIn: published,
    okIn: ["open"],
  }),
  "proposal.edit": on(
    "proposal",
    "freelancer",
    ["freelancer"],
    (p) => ({
      id: p,
      ...proposalFields(p),
    }),
    { okIn: ["submitted"] },
  ),
  "proposal.withdraw": on("proposal", "freelancer", ["freelancer"], id, {
    okIn: ["submitted", "shortlisted"],
  }),
  "proposal.mine": tierOnly("freelancer"),
  "proposal.mineForProject": on(
    "project",
    "freelancer",
    ["freelancer"],
    (p) => ({ projectId: p }),
    {
      sameAsMissing: true,
    },
  ),
  "proposal.shortlist": on("proposal", "client", ["client"], id, { okIn: ["submitted"] }),
  "proposal.reject": on("proposal", "client", ["client"], id, {
    okIn: ["submitted", "shortlisted"],
  }),
  // Hiring may plan the first milestone too (the client funds it next).
  "proposal.accept": on(
    "proposal",
    "client",
    ["client"],
    (p) => ({ id: p, firstMilestone: { title: "Booking screens", amountMinor: 100_000 } }),
    { okIn: ["submitted", "shortlisted"] },
  ),

  "saved.projects": tierOnly("freelancer"),
  "saved.projectIds": tierOnly("freelancer"),
  // Any freelancer may save a project anyone may see; a never-published one does not exist.
  "saved.saveProject": on(
    "project",
    "freelancer",
    ["strangerFreelancer"],
    (p) => ({ projectId: p, saved: true }),
    { publicIn: published, controlIn: published },
  ),
  "saved.freelancers": tierOnly("client"),
  "saved.freelancerIds": tierOnly("client"),
  // Any client may save a freelancer whose public page exists; nobody else can be saved.
  "saved.saveFreelancer": on(
    "user",
    "client",
    ["strangerClient"],
    (u) => ({ freelancerId: u, saved: true }),
    { publicIn: ["freelancer"], controlIn: ["freelancer"] },
  ),
};
