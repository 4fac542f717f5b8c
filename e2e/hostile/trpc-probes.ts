import type { Viewer } from "./real-ids";
import type { Probe } from "./sweep";
import { trpcGarbage, UNKNOWN_PROCEDURES, type TrpcGarbage } from "./trpc-bodies";
import type { Procedure } from "./trpc-procedures";

const get = (viewer: Viewer, kind: string, target: string, label: string, url: string): Probe => ({
  kind: `procedures × ${viewer.name} × ${kind}`,
  target,
  label,
  method: "GET",
  url,
  headers: { cookie: viewer.cookie },
  expect: { signedIn: viewer.cookie !== "", smallErrors: true },
});

const post = (
  viewer: Viewer,
  kind: string,
  target: string,
  label: string,
  url: string,
  body: { contentType: string | null; body: string | Buffer },
  smallErrors = true,
): Probe => ({
  kind: `procedures × ${viewer.name} × ${kind}`,
  target,
  label,
  method: "POST",
  url,
  headers: {
    cookie: viewer.cookie,
    ...(body.contentType ? { "content-type": body.contentType } : {}),
  },
  body: body.body,
  expect: { signedIn: viewer.cookie !== "", smallErrors },
});

/** Garbage meant for one method, also sent by the other: that must be a 405, not a crash. */
const CROSS_METHOD = new Set(["no input", "wrong types"]);

/**
 * Garbage to every procedure (see trpc-bodies.ts for which garbage goes to all of them).
 * Anonymously every procedure gets it; with a session, the procedures of that viewer's tiers
 * (`protected` and its role), where the input is parsed past the sign-in gate. Mutations
 * with a session get only inputs that are not objects, which no Guild input schema accepts,
 * so the sweep never changes the demo accounts other specs use (and mutations without an
 * input, like `account.revokeOtherSessions`, are never called signed in).
 */
export function procedureProbes(procedures: Procedure[], viewer: Viewer): Probe[] {
  const signedIn = viewer.cookie !== "";
  const swept = signedIn
    ? procedures.filter((p) => p.tier === "protected" || p.tier === viewer.name)
    : procedures;
  // One procedure of each tier and type gets all the garbage; one that takes input if any does.
  const representatives = new Map<string, string>();
  for (const p of [...swept].sort((a, b) => Number(b.hasInput) - Number(a.hasInput)))
    if (!representatives.has(`${p.tier} ${p.type}`))
      representatives.set(`${p.tier} ${p.type}`, p.path);
  const chosen = new Set(representatives.values());
  const sends = (procedure: Procedure, input: TrpcGarbage) => {
    // Signed in and with no input, a subscription rightly opens its live stream, which never
    // ends: it gets only garbage its schema refuses.
    if (procedure.type === "subscription" && signedIn && input.label === "no input") return false;
    const representative = chosen.has(procedure.path);
    if (!input.every && !representative) return false;
    if (!signedIn || procedure.type === "query") return true;
    // A signed-in mutation gets only what no z.object accepts; as every schema refuses a
    // non-object alike, its representative gets them all and the others one.
    return procedure.hasInput && !input.object && (representative || input.label === "no input");
  };

  return swept.flatMap((procedure) =>
    trpcGarbage()
      .filter((input) => sends(procedure, input))
      .flatMap((input) => {
        const url = `/api/trpc/${procedure.path}`;
        const probes: Probe[] = [];
        if (
          input.query !== undefined &&
          (procedure.type === "query" || CROSS_METHOD.has(input.label))
        )
          probes.push(
            get(viewer, "GET garbage", procedure.path, input.label, `${url}?input=${input.query}`),
          );
        if (input.post && (procedure.type !== "query" || CROSS_METHOD.has(input.label)))
          probes.push(post(viewer, "POST garbage", procedure.path, input.label, url, input.post));
        return probes;
      }),
  );
}

/** Batches (`?batch=1`) of many procedures, of unknown ones, with inputs that do not line up. */
export function batchProbes(procedures: Procedure[], viewer: Viewer): Probe[] {
  const queries = procedures.filter((p) => p.type === "query").map((p) => p.path);
  const mutations = procedures.filter((p) => p.type === "mutation").map((p) => p.path);
  const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));
  const garbageByIndex = Object.fromEntries(
    queries.map((_, i) => [
      String(i),
      [{ json: { id: i } }, "x", null, [[[]]], { json: "a".repeat(200) }][i % 5],
    ]),
  );
  const batchGet = (label: string, paths: string, query: string) =>
    get(viewer, "batch", "batch", label, `/api/trpc/${paths}?batch=1&input=${query}`);
  const probes = [
    batchGet("every query, empty input", queries.join(","), input({})),
    batchGet("every query, garbage per index", queries.join(","), input(garbageByIndex)),
    batchGet("500 × marketplace.stats", Array(500).fill("marketplace.stats").join(","), input({})),
    batchGet(
      "unknown names mixed in",
      "marketplace.stats,nope,__proto__,,project.byId,constructor",
      input({}),
    ),
    batchGet("input is an array", "marketplace.stats,marketplace.skills", input([1, 2])),
    batchGet("input is a string", "marketplace.stats", input("x")),
    batchGet("input is not JSON", "marketplace.stats", "%ZZ"),
    batchGet(
      "input keys beyond the batch",
      "marketplace.stats",
      input({ 5: { json: 1 }, "-1": 1, __proto__: 1 }),
    ),
    get(viewer, "batch", "batch", "batch=true", `/api/trpc/marketplace.stats?batch=true`),
    get(viewer, "batch", "batch", "batch=NUL", `/api/trpc/marketplace.stats?batch=%00`),
    get(
      viewer,
      "batch",
      "batch",
      "batch=2",
      `/api/trpc/marketplace.stats,marketplace.skills?batch=2`,
    ),
    get(viewer, "batch", "batch", "commas only", `/api/trpc/,,,?batch=1&input=${input({})}`),
  ];
  // A signed-in batch of mutations could run one; they are only sent without a session.
  if (viewer.cookie === "")
    probes.push(
      batchGet(
        "mutations in a GET batch",
        [...queries.slice(0, 2), ...mutations.slice(0, 2)].join(","),
        input({}),
      ),
      post(
        viewer,
        "batch",
        "batch",
        "every mutation, garbage per index",
        `/api/trpc/${mutations.join(",")}?batch=1`,
        {
          contentType: "application/json",
          body: JSON.stringify(
            Object.fromEntries(
              mutations.map((_, i) => [String(i), i % 2 ? "garbage" : { json: [] }]),
            ),
          ),
        },
        false,
      ),
      post(
        viewer,
        "batch",
        "batch",
        "POST batch body is an array",
        `/api/trpc/${mutations.slice(0, 3).join(",")}?batch=1`,
        {
          contentType: "application/json",
          body: "[1,2,3]",
        },
      ),
    );
  return probes;
}

export function unknownProcedureProbes(viewer: Viewer): Probe[] {
  return UNKNOWN_PROCEDURES.flatMap((name) => [
    get(viewer, "unknown name", "unknown procedure", name.slice(0, 40), `/api/trpc/${name}`),
    post(viewer, "unknown name", "unknown procedure", name.slice(0, 40), `/api/trpc/${name}`, {
      contentType: "application/json",
      body: '{"json":{}}',
    }),
  ]);
}
