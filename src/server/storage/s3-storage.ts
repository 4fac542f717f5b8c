import "server-only";

import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { createPresignedPost } from "@aws-sdk/s3-presigned-post";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { Readable } from "node:stream";

import { byteMeter } from "./byte-meter";
import {
  assertSafeKey,
  type FileStore,
  type PutOptions,
  type PutResult,
  type StoredObject,
} from "./file-store";

export interface S3Settings {
  bucket: string;
  region: string;
  /** An S3-compatible service's address; addressing becomes path-style (`<endpoint>/<bucket>`). */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** How long a browser has to start its upload, and a download link lives. */
export const UPLOAD_EXPIRES_SECONDS = 10 * 60;
export const DOWNLOAD_EXPIRES_SECONDS = 5 * 60;

export interface PresignedUpload {
  url: string;
  fields: Record<string, string>;
}

/**
 * Files in an S3 bucket. Browsers upload straight to it with a presigned POST, whose policy
 * caps the size (a presigned PUT cannot); downloads are short-lived presigned GETs that name
 * the type and disposition themselves, so what the bucket has on record never decides how a
 * browser treats the bytes.
 */
export class S3Storage implements FileStore {
  readonly kind = "s3";
  readonly client: S3Client;

  constructor(readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: Boolean(settings.endpoint),
      credentials: settings.credentials,
      // The SDK's default CRC32 checksums are refused by many S3-compatible servers.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  private object(key: string) {
    assertSafeKey(key);
    return { Bucket: this.settings.bucket, Key: key };
  }

  /**
   * Buffers the body before sending it: `put` stores what the server makes (resized images),
   * which is small; people's uploads never pass through here.
   */
  async put(key: string, body: Readable | Uint8Array, options: PutOptions = {}) {
    const meter = byteMeter(options.maxBytes, options.onChunk);
    const chunks: Buffer[] = [];
    const source = body instanceof Uint8Array ? Readable.from([body]) : body;
    for await (const chunk of source.pipe(meter.stream)) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    await this.client.send(
      new PutObjectCommand({
        ...this.object(key),
        Body: bytes,
        ContentLength: bytes.length,
        ContentType: options.contentType ?? "application/octet-stream",
      }),
    );
    return meter.result() satisfies PutResult;
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const answer = await this.client.send(new GetObjectCommand(this.object(key)));
      if (!(answer.Body instanceof Readable)) throw new Error("S3 answered without a body stream");
      return { body: answer.Body, size: answer.ContentLength ?? 0 };
    } catch (error) {
      return missingAsNull(error);
    }
  }

  async head(key: string) {
    try {
      const answer = await this.client.send(new HeadObjectCommand(this.object(key)));
      return { size: answer.ContentLength ?? 0 };
    } catch (error) {
      return missingAsNull(error);
    }
  }

  async readStart(key: string, length: number) {
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ ...this.object(key), Range: `bytes=0-${length - 1}` }),
      );
      const bytes = await answer.Body?.transformToByteArray();
      // A server that ignores Range sends everything: keep only what was asked for.
      return bytes ? bytes.subarray(0, length) : new Uint8Array();
    } catch (error) {
      return missingAsNull(error);
    }
  }

  async delete(key: string) {
    await this.client.send(new DeleteObjectCommand(this.object(key)));
  }

  /**
   * A form a browser posts the file with: only to `key`, only 1 to `maxBytes` bytes, stored as
   * opaque bytes, within `expiresSeconds`. The bucket checks every condition against the signed
   * policy, so none of it can be changed by the browser.
   */
  async presignedUpload(
    key: string,
    options: { maxBytes: number; expiresSeconds?: number },
  ): Promise<PresignedUpload> {
    const fields = { "Content-Type": "application/octet-stream" };
    return createPresignedPost(this.client, {
      ...this.object(key),
      // Every field is also a condition (the library adds them): the type cannot be changed.
      Conditions: [["content-length-range", 1, options.maxBytes]],
      Fields: fields,
      Expires: options.expiresSeconds ?? UPLOAD_EXPIRES_SECONDS,
    });
  }

  /** A link that serves `key` for a few minutes with the type and disposition given here. */
  async presignedDownload(
    key: string,
    options: {
      contentType: string;
      contentDisposition: string;
      cacheControl: string;
      expiresSeconds?: number;
      signingDate?: Date;
    },
  ) {
    return getSignedUrl(
      this.client,
      new GetObjectCommand({
        ...this.object(key),
        ResponseContentType: options.contentType,
        ResponseContentDisposition: options.contentDisposition,
        ResponseCacheControl: options.cacheControl,
      }),
      {
        expiresIn: options.expiresSeconds ?? DOWNLOAD_EXPIRES_SECONDS,
        signingDate: options.signingDate,
      },
    );
  }
}

function missingAsNull(error: unknown): null {
  if (error instanceof NoSuchKey || error instanceof NotFound) return null;
  if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
  throw error;
}
