import type { Client, InArgs, InStatement, Transaction, TransactionMode } from "@libsql/client";

/**
 * The embedded libSQL binding is synchronous: a statement that meets another connection's
 * write lock sleeps in SQLite's busy handler *on the event loop*, so the transaction holding
 * the lock cannot run to its commit, and both wait out the busy timeout. Within one process
 * we therefore let one writer at a time in, through an async queue that never blocks the
 * loop: write statements, batches and transactions queue here; reads (WAL) never wait.
 */
class WriteQueue {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves with a `release` once every earlier writer has released. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => once(release));
    this.tail = this.tail.then(() => turn);
    return ready;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

function once(fn: () => void) {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}

const READ_ONLY = /^\s*(select|explain)\b/i;

function isRead(statement: InStatement) {
  const text = typeof statement === "string" ? statement : statement.sql;
  return READ_ONLY.test(text);
}

/** The transaction releases the queue when it ends, however it ends. */
function releasingOnEnd(tx: Transaction, release: () => void): Transaction {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop === "commit" || prop === "rollback") {
        return async () => {
          try {
            await target[prop]();
          } finally {
            release();
          }
        };
      }
      if (prop === "close") {
        return () => {
          try {
            target.close();
          } finally {
            release();
          }
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === "function"
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/**
 * `everything`: also queue reads, for single-connection databases (embedded replicas,
 * `:memory:`), where an open transaction holds the only connection.
 */
export function serializeWrites(client: Client, options: { everything?: boolean } = {}): Client {
  const queue = new WriteQueue();
  const isQueued = (statement: InStatement) => options.everything || !isRead(statement);
  return new Proxy(client, {
    get(target, prop, receiver) {
      switch (prop) {
        case "execute":
          return (statement: InStatement, args?: InArgs) => {
            const run = () =>
              typeof statement === "string"
                ? target.execute(statement, args)
                : target.execute(statement);
            return isQueued(statement) ? queue.run(run) : run();
          };
        case "batch":
          return (statements: InStatement[], mode?: TransactionMode) =>
            queue.run(() => target.batch(statements, mode));
        case "migrate":
          return (statements: InStatement[]) => queue.run(() => target.migrate(statements));
        case "executeMultiple":
          return (sql: string) => queue.run(() => target.executeMultiple(sql));
        case "transaction":
          return async (mode?: TransactionMode) => {
            if (mode === "read" && !options.everything) return target.transaction(mode);
            const release = await queue.acquire();
            try {
              return releasingOnEnd(await target.transaction(mode), release);
            } catch (error) {
              release();
              throw error;
            }
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
