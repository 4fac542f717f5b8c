import type { Client, Transaction } from "@libsql/client";

import { metrics } from "~/server/observability/metrics";

type Kind = "statement" | "batch" | "transaction";

function timed<T>(kind: Kind, work: () => Promise<T>): Promise<T> {
  const end = metrics().dbQueryDuration.startTimer({ kind });
  return work().finally(() => end());
}

/** Records how long statements, batches and whole transactions take (guild_db_query_duration_seconds). */
export function timeQueries(client: Client): Client {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      const method = (value as (...args: unknown[]) => Promise<unknown>).bind(target);
      if (prop === "execute")
        return (...args: unknown[]) => timed("statement", () => method(...args));
      if (prop === "batch") return (...args: unknown[]) => timed("batch", () => method(...args));
      if (prop === "transaction") {
        return async (...args: unknown[]) => {
          const end = metrics().dbQueryDuration.startTimer({ kind: "transaction" });
          const tx = (await method(...args)) as Transaction;
          const finish = <R>(promise: Promise<R>) => promise.finally(() => end());
          return new Proxy(tx, {
            get(txTarget, txProp, txReceiver) {
              const txValue: unknown = Reflect.get(txTarget, txProp, txReceiver);
              if (typeof txValue !== "function") return txValue;
              const txMethod = (txValue as (...a: unknown[]) => unknown).bind(txTarget);
              if (txProp === "commit" || txProp === "rollback")
                return () => finish(txMethod() as Promise<void>);
              if (txProp === "close") {
                return () => {
                  end();
                  return txMethod();
                };
              }
              return txMethod;
            },
          });
        };
      }
      return method;
    },
  });
}
