import { BASE_CSS } from './styles.ts';
import { html, raw, type SafeHtml } from './escape.ts';

/**
 * A whole self-contained page. The Content-Security-Policy forbids every fetch (no scripts, no
 * remote styles, fonts or images): the page shows the same offline, in an archive or printed.
 */
export function renderPage(options: { title: string; body: SafeHtml; css?: string; generator: string }): string {
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${options.generator}">
<title>${options.title}</title>
<style>${raw(BASE_CSS + (options.css ?? ''))}</style>
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>
`;
  return page.html;
}
