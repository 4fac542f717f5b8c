import type { Client, InArgs, InStatement, TransactionMode } from "@libsql/client";

/**
 * Statements waiting for a turn, let in one per turn of the event loop. A plain setImmediate
 * each would not do: Node runs every immediate queued before its check phase in that one
 * phase, so fifty statements started together would still run back to back.
 */
const waiting: (() => void)[] = [];
let letting = false;

function letNextIn() {
  const next = waiting.shift();
  if (!next) {
    letting = false;
    return;
  }
  next();
  // Queued from inside the check phase, this runs on the next turn, after I/O and timers.
  setImmediate(letNextIn);
}

/** Resolves on a turn of the event loop of its own, after pending I/O and timers. */
function nextTurn() {
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    if (!letting) {
      letting = true;
      setImmediate(letNextIn);
    }
  });
}

/**
 * The embedded libSQL binding runs each statement synchronously, inside a chain of promises
 * that never waits for I/O: fifty requests that arrived together would each run all their
 * queries in one turn of the event loop, and nothing else (a new connection, a timer, a
 * health check) is served until the last is done. A turn of over a second was measured at
 * 50 connections. Starting each statement, batch and transaction on a turn of its own bounds
 * a turn by one statement and the request's own work up to its next one. Statements inside a transaction run on: they hold the write lock.
 */
export function yieldPerStatement(client: Client): Client {
  return new Proxy(client, {
    get(target, prop, receiver) {
      switch (prop) {
        case "execute":
          return async (statement: InStatement, args?: InArgs) => {
            await nextTurn();
            return typeof statement === "string"
              ? target.execute(statement, args)
              : target.execute(statement);
          };
        case "batch":
          return async (statements: InStatement[], mode?: TransactionMode) => {
            await nextTurn();
            return target.batch(statements, mode);
          };
        case "transaction":
          return async (mode?: TransactionMode) => {
            await nextTurn();
            return target.transaction(mode);
          };
        default: {
          const value: unknown = Reflect.get(target, prop, receiver);
          return typeof value === "function"
            ? (value as (...args: unknown[]) => unknown).bind(target)
            : value;
        }
      }
    },
  });
}
