/*
 * Saving a file made in the browser onto this device. Nothing is sent anywhere: the file is a
 * Blob, offered through a link with `download`, and the link's address is freed afterwards.
 */

/** Offers `content` as a download called `fileName`. */
export function saveFile(content: Uint8Array | string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
