/** A readable call title from a recording's file name: "acme_discovery-call.m4a" → "acme discovery-call". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const title = stem.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
  return (title || 'Untitled call').slice(0, 200);
}

/** File name without folders, for messages ("jfk.wav" rather than a long path). */
export function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}
