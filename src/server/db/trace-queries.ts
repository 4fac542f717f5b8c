import type { Client, InStatement, Transaction } from "@libsql/client";
import { context, trace, type Context } from "@opentelemetry/api";

import {
  recordFailure,
  SpanKind,
  tracer,
  type Attributes,
  type Span,
} from "~/server/observability/tracing";

/** Long statements (a search, a migration) are cut: a span carries what identifies the query. */
const MAX_QUERY_CHARS = 1_000;
const SYSTEM = { "db.system.name": "sqlite" } as const;

function sqlOf(statement: InStatement) {
  return typeof statement === "string" ? statement : statement.sql;
}

/** `SELECT`, `INSERT`…: the span's name and `db.operation.name`. */
function operationOf(sql: string) {
  return /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase() ?? "SQL";
}

/**
 * The statement's text only: drizzle binds every value as a parameter, so the text holds `?`
 * where a value goes, and the bound values (emails, password hashes, tokens) are never read.
 */
function statementAttributes(statement: InStatement): Attributes {
  const sql = sqlOf(statement);
  return {
    ...SYSTEM,
    "db.operation.name": operationOf(sql),
    "db.query.text": sql.length > MAX_QUERY_CHARS ? `${sql.slice(0, MAX_QUERY_CHARS)}…` : sql,
  };
}

function batchAttributes(statements: InStatement[]): Attributes {
  const first = statements[0];
  return {
    ...SYSTEM,
    "db.operation.name": "BATCH",
    "db.operation.batch.size": statements.length,
    ...(first ? { "db.query.text": statementAttributes(first)["db.query.text"] } : {}),
  };
}

/** Runs `work` in a client span under `parent`, ending it when `work` settles. */
async function spanned<T>(
  name: string,
  attributes: Attributes,
  parent: Context,
  work: () => Promise<T>,
): Promise<T> {
  if (!trace.getSpan(parent)) return work();
  const span = tracer().startSpan(name, { kind: SpanKind.CLIENT, attributes }, parent);
  try {
    return await work();
  } catch (error) {
    recordFailure(span, error);
    throw error;
  } finally {
    span.end();
  }
}

function statementSpan<T>(statement: InStatement, parent: Context, work: () => Promise<T>) {
  const attributes = statementAttributes(statement);
  return spanned(`db ${String(attributes["db.operation.name"])}`, attributes, parent, work);
}

/**
 * A span for every statement, batch and transaction, child of the span active where it was
 * started (a request, a tRPC procedure, a job run). A transaction's span runs from asking for
 * it (so a wait for the write lock shows) to its commit or rollback, and the statements run in
 * it are its children. Statements outside any span (a job engine's polls, start-up) make none:
 * as traces of their own they would be one-span noise every second. Without a tracer
 * provider nothing is ever active, so this costs one lookup per statement.
 */
export function traceQueries(client: Client): Client {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      const method = (value as (...args: unknown[]) => Promise<unknown>).bind(target);
      if (prop === "execute") {
        return (statement: InStatement, ...rest: unknown[]) =>
          statementSpan(statement, context.active(), () => method(statement, ...rest));
      }
      if (prop === "batch") {
        return (statements: InStatement[], ...rest: unknown[]) =>
          spanned("db BATCH", batchAttributes(statements), context.active(), () =>
            method(statements, ...rest),
          );
      }
      if (prop === "transaction") {
        return async (...args: unknown[]) => {
          if (!trace.getActiveSpan()) return method(...args);
          const span = tracer().startSpan("db TRANSACTION", {
            kind: SpanKind.CLIENT,
            attributes: { ...SYSTEM, "db.operation.name": "TRANSACTION" },
          });
          let tx: Transaction;
          try {
            tx = (await method(...args)) as Transaction;
          } catch (error) {
            recordFailure(span, error);
            span.end();
            throw error;
          }
          span.addEvent("begun");
          return tracedTransaction(tx, span);
        };
      }
      return method;
    },
  });
}

function tracedTransaction(tx: Transaction, span: Span) {
  const inside = trace.setSpan(context.active(), span);
  let ended = false;
  const end = (outcome: string, error?: unknown) => {
    if (ended) return;
    ended = true;
    span.setAttribute("db.transaction.outcome", outcome);
    if (error !== undefined) recordFailure(span, error);
    span.end();
  };
  return new Proxy(tx, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      switch (prop) {
        case "execute":
          return (statement: InStatement) =>
            statementSpan(statement, inside, () => method(statement) as Promise<unknown>);
        case "batch":
          return (statements: InStatement[]) =>
            spanned(
              "db BATCH",
              batchAttributes(statements),
              inside,
              () => method(statements) as Promise<unknown>,
            );
        case "commit":
        case "rollback":
          return async () => {
            try {
              await (method() as Promise<void>);
              end(prop === "commit" ? "committed" : "rolled back");
            } catch (error) {
              end(`${prop} failed`, error);
              throw error;
            }
          };
        case "close":
          return () => {
            end("closed");
            return method();
          };
        default:
          return method;
      }
    },
  });
}
