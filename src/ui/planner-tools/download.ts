/** Offers a blob as a file download (an object URL on a temporary link; the CSP allows blob:). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the URL only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name for an export: the atlas id, what it is, and today's date (local time). */
export function exportFileName(atlasId: string, what: string, ext: string, date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${atlasId}-${what}-${day}.${ext}`;
}
