// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ListenControls } from '@/components/reader/ListenControls';
import { useRenderRoot } from '../support/render-root';
import { StubSynthesis, StubUtterance, stubVoice } from './stub-synthesis';

const ARTICLE =
  '<p>The ferry crews walked out at dawn. Commuters waited on the pier.</p>' +
  '<p>The union said the strike would last two days. The operator called it unlawful.</p>' +
  '<p>Talks resume on Monday. Nobody expects a quick deal.</p>';

const root = useRenderRoot();
let body: HTMLElement;
let synth: StubSynthesis;

/** A CSS highlight as the browser's: a set of ranges. */
class StubHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

let reduceMotion = false;
beforeEach(() => {
  vi.clearAllMocks();
  body = document.createElement('div');
  body.innerHTML = ARTICLE;
  document.body.append(body);
  synth = new StubSynthesis();
  reduceMotion = false;
  vi.stubGlobal('SpeechSynthesisUtterance', StubUtterance);
  vi.stubGlobal('CSS', { highlights: new Map() });
  vi.stubGlobal('Highlight', StubHighlight);
  // jsdom has no layout: every box is empty, at the top of the window.
  Range.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduceMotion && query.includes('reduce') }));
  vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
});
afterEach(() => {
  body.remove();
  document.getSelection()!.removeAllRanges();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

interface Shown {
  rate?: number;
  voiceURI?: string | null;
  lang?: string | null;
  synthesis?: StubSynthesis | null;
}

const handlers = { onVoiceChange: vi.fn(), onRateChange: vi.fn(), onClose: vi.fn() };

async function show({ rate = 1, voiceURI = null, lang = 'en', synthesis = synth }: Shown = {}) {
  await act(async () => {
    render(
      <ListenControls root={body} lang={lang} synth={synthesis} voiceURI={voiceURI} rate={rate} {...handlers} />,
      root(),
    );
  });
}

const button = (name: string) => root().querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;
const select = (name: string) => root().querySelector<HTMLSelectElement>(`select[aria-label="${name}"]`)!;
const click = (name: string) => act(() => button(name).click());
const change = (field: HTMLSelectElement) => act(() => void field.dispatchEvent(new Event('change')));
/** The sentence being said is heard to its end. */
const finish = () => act(() => synth.finish());
const painted = () =>
  [...((CSS.highlights as unknown as Map<string, StubHighlight>).get('lucid-listening') ?? [])].map(String);

function selectText(paragraph: number, text: string) {
  const node = body.children[paragraph]!.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, node.data.indexOf(text));
  range.setEnd(node, node.data.indexOf(text) + text.length);
  document.getSelection()!.addRange(range);
}

describe('ListenControls', () => {
  it('reads the article aloud from the beginning, one sentence after another', async () => {
    await show();
    await click('Play');
    expect(synth.texts).toEqual(['The ferry crews walked out at dawn.']);
    await finish();
    await finish();
    expect(synth.texts).toEqual([
      'The ferry crews walked out at dawn.',
      'Commuters waited on the pier.',
      'The union said the strike would last two days.',
    ]);
    expect(button('Pause')).not.toBeNull();
    expect(root().textContent).toContain('2/6');
  });

  it('highlights the spoken sentence without changing the article, and scrolls it to the middle', async () => {
    await show();
    const before = body.innerHTML;
    await click('Play');
    await act(() => synth.start());
    expect(painted()).toEqual(['The ferry crews walked out at dawn.']);
    expect(window.scrollBy).toHaveBeenLastCalledWith({ top: -window.innerHeight / 2, behavior: 'smooth' });
    await finish();
    await act(() => synth.start());
    expect(painted()).toEqual(['Commuters waited on the pier.']);
    expect(body.innerHTML).toBe(before);
  });

  it('scrolls without animation for readers who prefer reduced motion', async () => {
    reduceMotion = true;
    await show();
    await click('Play');
    await act(() => synth.start());
    expect(window.scrollBy).toHaveBeenLastCalledWith(expect.objectContaining({ behavior: 'instant' }));
  });

  it('skips to the next and previous sentence', async () => {
    await show();
    expect(button('Next sentence').disabled).toBe(true);
    await click('Play');
    await click('Next sentence');
    await click('Next sentence');
    expect(synth.texts.at(-1)).toBe('The union said the strike would last two days.');
    await click('Previous sentence');
    expect(synth.texts.at(-1)).toBe('Commuters waited on the pier.');
    await act(() => synth.start());
    expect(painted()).toEqual(['Commuters waited on the pier.']);
  });

  it('pauses and resumes with the same button, saying the sentence again', async () => {
    await show();
    await click('Play');
    await finish();
    await click('Pause');
    expect(synth.speaking).toBeUndefined();
    expect(button('Play')).not.toBeNull();
    await click('Play');
    expect(synth.texts).toEqual([
      'The ferry crews walked out at dawn.',
      'Commuters waited on the pier.',
      'Commuters waited on the pier.',
    ]);
  });

  it('shows the speed and applies a new one to the sentence being said', async () => {
    await show({ rate: 1 });
    const speed = select('Speed');
    expect(speed.selectedOptions[0]!.textContent).toBe('1.0×');
    expect([...speed.options].map((o) => o.textContent)).toContain('2.5×');
    await click('Play');
    speed.value = '1.5';
    await change(speed);
    expect(handlers.onRateChange).toHaveBeenLastCalledWith(1.5);
    // The reader remembers the speed and passes it back.
    await show({ rate: 1.5 });
    expect(select('Speed').selectedOptions[0]!.textContent).toBe('1.5×');
    expect(synth.texts).toEqual(['The ferry crews walked out at dawn.', 'The ferry crews walked out at dawn.']);
    expect(synth.speaking!.rate).toBe(1.5);
  });

  it('starts at the beginning of the paragraph holding the selection', async () => {
    selectText(1, 'operator called');
    await show();
    // Pressing the mouse on Play would clear the selection before the click: it must not.
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    button('Play').dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    await click('Play');
    expect(synth.texts).toEqual(['The union said the strike would last two days.']);
  });

  it('starts at the first paragraph on screen when nothing is selected', async () => {
    const [first, second, third] = [...body.children];
    first!.getBoundingClientRect = () => new DOMRect(0, -400, 600, 100);
    second!.getBoundingClientRect = () => new DOMRect(0, -200, 600, 300);
    third!.getBoundingClientRect = () => new DOMRect(0, 100, 600, 100);
    await show();
    await click('Play');
    // The second paragraph is half off the top of the window, so the third is where reading was.
    expect(synth.texts).toEqual(['Talks resume on Monday.']);
  });

  it('offers the article’s language first among the voices, and remembers a choice', async () => {
    await show({ lang: 'de', voiceURI: 'anna' });
    expect([...select('Voice').options].map((o) => o.textContent)).toEqual(['Default voice']);
    await act(() =>
      synth.loadVoices([
        stubVoice('tom', 'en-GB', 'Tom'),
        stubVoice('anna', 'de-DE', 'Anna'),
        stubVoice('petra', 'de-AT', 'Petra'),
      ]),
    );
    const voice = select('Voice');
    expect(
      [...voice.querySelectorAll('optgroup')].map((g) => [g.label, [...g.children].map((o) => o.textContent)]),
    ).toEqual([
      ['The article’s language', ['Anna', 'Petra']],
      ['Other languages', ['Tom (en-GB)']],
    ]);
    expect(voice.value).toBe('anna');
    voice.value = 'petra';
    await change(voice);
    expect(handlers.onVoiceChange).toHaveBeenLastCalledWith('petra');
    voice.value = '';
    await change(voice);
    expect(handlers.onVoiceChange).toHaveBeenLastCalledWith(null);
  });

  it('speaks in the remembered voice', async () => {
    synth.loadVoices([stubVoice('tom', 'en-GB'), stubVoice('anna', 'de-DE')]);
    await show({ voiceURI: 'tom' });
    await click('Play');
    expect(synth.speaking!.voice!.voiceURI).toBe('tom');
    await show({ voiceURI: 'anna' });
    expect(synth.speaking).toMatchObject({ text: 'The ferry crews walked out at dawn.', voice: { voiceURI: 'anna' } });
  });

  it('stops speaking, clears the highlight and closes on Stop', async () => {
    await show();
    await click('Play');
    await act(() => synth.start());
    await click('Stop listening');
    expect(synth.speaking).toBeUndefined();
    expect(painted()).toEqual([]);
    expect(handlers.onClose).toHaveBeenCalled();
  });

  it('falls silent when it is taken away while speaking', async () => {
    await show();
    await click('Play');
    await act(() => render(null, root()));
    expect(synth.speaking).toBeUndefined();
    expect(painted()).toEqual([]);
  });

  it('is ready to play again after the last sentence, with no highlight left', async () => {
    await show();
    await click('Play');
    for (let i = 0; i < 6; i++) await finish();
    expect(synth.texts).toHaveLength(6);
    expect(button('Play')).not.toBeNull();
    expect(button('Next sentence').disabled).toBe(true);
    expect(painted()).toEqual([]);
  });

  it('says so when the browser stops speaking', async () => {
    await show();
    await click('Play');
    await act(() => synth.fail('synthesis-failed'));
    expect(root().querySelector('[role="status"]')!.textContent).toContain('could not speak');
    expect(button('Play')).not.toBeNull();
  });

  it('says so when there is no text to read', async () => {
    body.innerHTML = '<figure><img src="a.jpg" alt=""></figure>';
    await show();
    await click('Play');
    expect(root().querySelector('[role="status"]')!.textContent).toBe('There is no text to read aloud.');
    expect(synth.texts).toEqual([]);
  });

  it('says listening is not available without speech synthesis, offering only Close', async () => {
    await show({ synthesis: null });
    expect(root().textContent).toContain('Listening is not available in this browser');
    expect(root().querySelectorAll('button, select')).toHaveLength(1);
    await click('Close');
    expect(handlers.onClose).toHaveBeenCalled();
  });

  it('uses the window’s speech synthesis when given none, and jsdom has none', async () => {
    await act(async () => {
      render(<ListenControls root={body} lang="en" voiceURI={null} rate={1} {...handlers} />, root());
    });
    expect(root().textContent).toContain('Listening is not available in this browser');
  });
});
