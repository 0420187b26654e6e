/**
 * Offers text as a file download through a blob URL and an `<a download>`: the platform's own way to
 * save, which works offline, under the page's CSP, and without a permission prompt.
 * @example downloadText('recovered.fivefold.json', text)
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/**
 * Offers a blob (an exported picture) as a file download, as `downloadText` does text.
 * @example downloadBlob('plan.png', pngBlob)
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
