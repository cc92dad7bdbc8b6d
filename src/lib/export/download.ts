/** Saves a Blob through a temporary object URL and an <a download> click (no server round trip). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after the click handler has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
