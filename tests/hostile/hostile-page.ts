import { IMAGE, type HostileInput } from './hostile-input';

/** Plain article prose around the inputs, so that Readability takes the page for an article and keeps them. */
const PROSE = [
  'The harbour was quiet on Tuesday afternoon, when the last of the fishing boats came in under a low grey sky and the gulls settled on the breakwater to wait for the tide to turn once more.',
  'Harbour master Ines Alder said the season had been the longest anyone could remember, with the nets full almost every week and the fish market open late into the evening for buyers from the towns inland.',
  'Along the quay, the old warehouses have been turned into workshops where boat builders, sail makers and a cooperage share the work and the long wooden benches that once held barrels of salted herring.',
];

/** The prototype pollution as the page's own script does it (values that JSON cannot carry become strings). */
function pollutingScript(inputs: HostileInput[]): string {
  const pollution = Object.assign({}, ...inputs.map((input) => input.pollute ?? {})) as Record<string, unknown>;
  if (Object.keys(pollution).length === 0) return '';
  const json = JSON.stringify(pollution, (_, value: unknown) => (value instanceof RegExp ? String(value) : value));
  return `<script>Object.assign(Object.prototype, ${json});</script>`;
}

/**
 * A whole page holding `inputs`: their head parts first (a hostile <title> wins over the page's),
 * then an article whose paragraphs of prose alternate with the inputs' body parts, and an image the
 * reader may load.
 */
export function hostilePage(inputs: HostileInput[]): string {
  const heads = inputs.map((input) => input.head ?? '').join('\n');
  const bodies = inputs
    .map((input, i) => `<p>${PROSE[i % PROSE.length]}</p>\n<div>${input.body ?? ''}</div>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
${heads}
${pollutingScript(inputs)}
<title>Harbour notes</title>
</head>
<body>
<article>
<h1>Harbour notes</h1>
<figure><img src="${IMAGE}" alt="The harbour at low tide"><figcaption>The harbour at low tide.</figcaption></figure>
${bodies}
${PROSE.map((text) => `<p>${text}</p>`).join('\n')}
</article>
</body>
</html>
`;
}
