import "server-only";

import net from "node:net";

export type ScanVerdict = { clean: true } | { clean: false; signature: string };

/** clamd refuses chunks above its StreamMaxLength anyway; smaller ones keep memory flat. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Scans a stream with clamd's INSTREAM command: `zINSTREAM\0`, then each chunk as a 4-byte
 * big-endian length and its bytes, then a zero length; clamd answers one NUL-terminated line,
 * `stream: OK` or `stream: <signature> FOUND`. Anything else (an error line, a closed socket,
 * silence past `timeoutMs`) throws: a scanner that cannot answer never passes a file.
 */
export async function scanWithClamd(
  url: string,
  source: AsyncIterable<Uint8Array>,
  { timeoutMs = 60_000 }: { timeoutMs?: number } = {},
): Promise<ScanVerdict> {
  const { hostname, port } = new URL(url);
  const socket = net.connect({ host: hostname, port: Number(port) });
  socket.setTimeout(timeoutMs, () => socket.destroy(new Error("clamd did not answer in time")));
  const reply = readReply(socket);
  // The reply's own rejection is reported by `await reply` below, not as an unhandled one.
  reply.catch(() => undefined);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    });
    await write(socket, Buffer.from("zINSTREAM\0"));
    for await (const chunk of source) {
      for (let at = 0; at < chunk.length; at += CHUNK_BYTES) {
        const part = chunk.subarray(at, at + CHUNK_BYTES);
        const length = Buffer.alloc(4);
        length.writeUInt32BE(part.length);
        await write(socket, Buffer.concat([length, part]));
      }
    }
    await write(socket, Buffer.alloc(4));
  } catch (error) {
    // clamd may answer and hang up mid-stream (a size limit): its answer says more.
    const early = await reply.catch(() => null);
    if (early === null) throw error;
  } finally {
    socket.end();
  }
  return verdictOf(await reply);
}

function write(socket: net.Socket, bytes: Buffer) {
  return new Promise<void>((resolve, reject) => {
    socket.write(bytes, (error) => (error ? reject(error) : resolve()));
  });
}

function readReply(socket: net.Socket) {
  return new Promise<string>((resolve, reject) => {
    const parts: Buffer[] = [];
    socket.on("data", (data: Buffer) => {
      parts.push(data);
      if (data.includes(0)) resolve(Buffer.concat(parts).toString("utf8"));
    });
    socket.once("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    socket.once("close", () => resolve(Buffer.concat(parts).toString("utf8")));
    socket.once("error", reject);
  });
}

/** Reads clamd's line; exported for the tests of what clamd may say. */
export function verdictOf(reply: string): ScanVerdict {
  const line = reply.replace(/\0[\s\S]*$/, "").trim();
  const found = /^stream: (.+) FOUND$/.exec(line);
  if (found) return { clean: false, signature: found[1]! };
  if (line === "stream: OK") return { clean: true };
  throw new Error(`clamd could not scan the file: ${line || "no answer"}`);
}
