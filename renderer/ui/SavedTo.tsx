/** "Saved to <path>" after an export, so the user knows where to find the file. */
export function SavedTo({ path, testId }: { path: string | null; testId: string }) {
  if (!path) return null;
  return (
    <p className="success-message" role="status" data-testid={testId}>
      Saved to <code className="file-name">{path}</code>
    </p>
  );
}
