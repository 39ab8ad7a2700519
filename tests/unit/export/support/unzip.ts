/*
 * A tiny reader for .docx (zip) files, for tests only: reads the central directory at the end
 * of the file, then each entry's local header, and inflates it with node:zlib. Checks each
 * entry's size and CRC-32, so a damaged file fails the test.
 */
import { crc32, inflateRawSync } from 'node:zlib';

/** Thrown when the bytes are not a zip file this reader understands. */
export class NotAZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAZipError';
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Every file in a zip, by its path, as bytes. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let index = data.length - 22; index >= Math.max(0, data.length - 22 - 0xffff); index -= 1) {
    if (data.readUInt32LE(index) === END_OF_DIRECTORY) {
      end = index;
      break;
    }
  }
  if (end < 0) throw new NotAZipError('No end of central directory record.');
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let entry = 0; entry < count; entry += 1) {
    if (data.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      throw new NotAZipError(`Central directory entry ${entry} is damaged.`);
    }
    const method = data.readUInt16LE(offset + 10);
    const crc = data.readUInt32LE(offset + 16);
    const compressedSize = data.readUInt32LE(offset + 20);
    const size = data.readUInt32LE(offset + 24);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const localOffset = data.readUInt32LE(offset + 42);
    const name = data.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;

    if (data.readUInt32LE(localOffset) !== LOCAL_HEADER) {
      throw new NotAZipError(`The local header of ${name} is damaged.`);
    }
    const start =
      localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28);
    const stored = data.subarray(start, start + compressedSize);
    let content: Buffer;
    if (method === 0) content = Buffer.from(stored);
    else if (method === 8) content = inflateRawSync(stored);
    else throw new NotAZipError(`${name} uses compression method ${method}.`);
    if (content.length !== size) throw new NotAZipError(`${name} has the wrong size.`);
    if (crc32(content) >>> 0 !== crc >>> 0) throw new NotAZipError(`${name} fails its CRC check.`);
    if (files.has(name)) throw new NotAZipError(`${name} is in the zip twice.`);
    files.set(name, content);
  }
  return files;
}
