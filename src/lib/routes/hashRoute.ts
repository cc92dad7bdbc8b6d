/**
 * Pages a link can open over the workbench: `#quiz`, `#quiz=<preset id>`, `#glossary`,
 * `#glossary=<term id>`, `#present=<preset id>`, `#game`. Anything else (no hash, a share link `#s=…`) is
 * the workbench itself.
 */
export type Route =
  { kind: 'workbench' } | { kind: 'quiz'; preset?: string } | { kind: 'glossary'; term?: string } | { kind: 'present'; preset: string } | { kind: 'game' };

export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  if (params.has('game')) return { kind: 'game' };
  const present = params.get('present');
  if (present !== null) return { kind: 'present', preset: present || 'default' };
  for (const kind of ['quiz', 'glossary'] as const) {
    if (!params.has(kind)) continue;
    const value = params.get(kind) || undefined;
    return kind === 'quiz' ? { kind, preset: value } : { kind, term: value };
  }
  return { kind: 'workbench' };
}

export function routeHash(route: Route): string {
  switch (route.kind) {
    case 'workbench':
      return '';
    case 'quiz':
      return route.preset ? `#quiz=${encodeURIComponent(route.preset)}` : '#quiz';
    case 'glossary':
      return route.term ? `#glossary=${encodeURIComponent(route.term)}` : '#glossary';
    case 'present':
      return `#present=${encodeURIComponent(route.preset)}`;
    case 'game':
      return '#game';
  }
}
