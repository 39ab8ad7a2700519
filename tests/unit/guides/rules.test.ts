import { describe, expect, it } from 'vitest';
import { showRows } from '../../../src/lib/guides/easy-read';
import { parseSentence, plainText, splitCountry } from '../../../src/lib/guides/markup';
import {
  checkGuide,
  checkReadability,
  easyReadText,
  markdownSentences,
  type GuideForChecking,
} from '../../../src/lib/guides/rules';
import { guideSchema } from '../../../src/lib/guides/schema';

function guide(
  rows: GuideForChecking['rows'],
  moreDetail = 'Families can read this part.',
): GuideForChecking {
  return { id: 'test-guide', title: 'A test', summary: 'A short test.', rows, moreDetail };
}

describe('the sentence markup', () => {
  it('reads bold, links, hard words, region words and figures', () => {
    const segments = parseSentence(
      '**You** ask [[assessments|assessment]] under ((law)) for {{sarah.yearly}}, see [this](/guides/).',
    );
    expect(segments.map((segment) => segment.kind)).toEqual([
      'strong',
      'text',
      'hard-word',
      'text',
      'region',
      'text',
      'figure',
      'text',
      'link',
      'text',
    ]);
  });

  it('replaces defined terms with a placeholder for scoring', () => {
    const text = plainText(parseSentence('Ask for an [[Individual Service Fund]] under ((law)).'), {
      placeholders: true,
      region: () => 'the Care Act 2014',
      figure: (key) => key,
    });
    expect(text).toBe('Ask for an term under term.');
  });
});

describe('sentences for one country', () => {
  it('takes the ((england-only)) or ((scotland-only)) marker off the start of a sentence', () => {
    expect(splitCountry('((scotland-only)) In Scotland, ask.')).toEqual({
      region: 'scotland',
      text: 'In Scotland, ask.',
    });
    expect(splitCountry('Ask ((law)).')).toEqual({ region: undefined, text: 'Ask ((law)).' });
    expect(splitCountry('((wales-only)) In Wales.').region).toBeUndefined();
  });

  it('gives a point the country its sentences share, and none when they are mixed', () => {
    const rows = showRows([
      {
        picture: 'you' as const,
        sentences: ['((scotland-only)) In Scotland, ask.', '((scotland-only)) It is free.'],
      },
      { picture: 'you' as const, sentences: ['Ask.', '((england-only)) In England, it is free.'] },
    ]);
    expect(rows.map((row) => row.region)).toEqual(['scotland', undefined]);
    expect(rows[1]?.shown.map((sentence) => sentence.region)).toEqual([undefined, 'england']);
  });

  it('leaves a sentence for Scotland out of the England view, and keeps it when both are shown', () => {
    const rows = showRows([
      {
        picture: 'you' as const,
        sentences: ['You can complain.', '((scotland-only)) In Scotland, ask ((ombudsman)).'],
      },
    ]);
    expect(easyReadText(rows, {}, 'england').scored.map((s) => s.text)).toEqual([
      'You can complain.',
    ]);
    expect(easyReadText(rows, {}, 'both').scored.map((s) => s.text)).toEqual([
      'You can complain.',
      'In Scotland, ask term.',
    ]);
  });

  it('asks a sentence for one country to say which country it is about', () => {
    const breaks = checkGuide(
      guide([{ picture: 'you' as const, sentences: ['((scotland-only)) Ask.'] }]),
      {},
    );
    expect(breaks.map((b) => b.rule).join()).toContain('starts "In Scotland"');
  });

  it('lets the next sentence for the same country go on without naming it again', () => {
    const rows = [
      {
        picture: 'you' as const,
        sentences: ['((scotland-only)) In Scotland, you can ask.', '((scotland-only)) It is free.'],
      },
    ];
    expect(checkGuide(guide(rows), {})).toEqual([]);
  });

  it('does not explain a hard word in a sentence only one country sees', () => {
    const breaks = checkGuide(
      guide([
        {
          picture: 'you' as const,
          sentences: ['((england-only)) In England, ask your [[provider]].'],
        },
      ]),
      {},
    );
    expect(breaks.map((b) => b.rule).join()).toContain('explain hard words in a sentence for both');
  });
});

describe('region words', () => {
  it('may not start a sentence when their words start with a small letter', () => {
    const breaks = checkGuide(
      guide([{ picture: 'you' as const, sentences: ['((law)) says so.'] }]),
      {},
    );
    expect(breaks.map((b) => b.rule).join()).toContain('do not start a sentence with ((law))');
  });

  it('may start a sentence when their words start with a capital letter', () => {
    const rows = [{ picture: 'you' as const, sentences: ['((country)) has its own rules.'] }];
    expect(checkGuide(guide(rows), {})).toEqual([]);
  });

  it('count both countries’ words when both are shown', () => {
    const breaks = checkGuide(
      guide([
        {
          picture: 'you' as const,
          sentences: ['If you are still not happy, you can go to ((ombudsman)).'],
        },
      ]),
      {},
    );
    expect(breaks.map((b) => b.rule)).toEqual([
      '24 words (both countries shown): easy read allows 15',
    ]);
  });

  it('count as 1 word in a sentence for one country', () => {
    const rows = [
      {
        picture: 'you' as const,
        sentences: ['((england-only)) In England, you can go to ((ombudsman)).'],
      },
    ];
    expect(checkGuide(guide(rows), {})).toEqual([]);
  });
});

describe('showing hard words', () => {
  it('explains a hard word only where it is first used on the page', () => {
    const rows = showRows([
      { picture: 'you' as const, sentences: ['You have an [[assessment]].'] },
      { picture: 'you' as const, sentences: ['After the [[assessment]], you wait.'] },
    ]);
    expect(rows[0]?.shown[0]?.explains.map((word) => word.term)).toEqual(['assessment']);
    expect(rows[1]?.shown[0]?.explains).toEqual([]);
  });
});

describe('checking a guide', () => {
  it('names the guide and the sentence when a sentence is too long', () => {
    const breaks = checkGuide(
      guide([
        {
          picture: 'you' as const,
          sentences: [
            'This sentence goes on and on and on with far too many words for anyone to read easily.',
          ],
        },
      ]),
      {},
    );
    expect(breaks[0]?.guide).toBe('test-guide');
    expect(breaks[0]?.sentence).toContain('This sentence goes on');
    expect(breaks[0]?.rule).toContain('18 words');
  });

  it('does not allow "ISF" in easy read', () => {
    const breaks = checkGuide(
      guide([{ picture: 'you' as const, sentences: ['Ask for an ISF.'] }]),
      {},
    );
    expect(breaks.map((b) => b.rule).join()).toContain('never "ISF"');
  });

  it('asks for the first use of a hard word to be marked', () => {
    const breaks = checkGuide(
      guide([{ picture: 'you' as const, sentences: ['Talk to your provider.'] }]),
      {},
    );
    expect(breaks.map((b) => b.rule).join()).toContain('"provider" is a hard word');
  });

  it('rejects a word that is not in the hard words list', () => {
    const breaks = checkGuide(
      guide([{ picture: 'you' as const, sentences: ['A [[gizmo]] helps.'] }]),
      {},
    );
    expect(breaks[0]?.rule).toContain('hard words list');
  });

  it('rejects a region word that does not exist', () => {
    const breaks = checkGuide(
      guide([{ picture: 'you' as const, sentences: ['Read ((nowhere)).'] }]),
      {},
    );
    expect(breaks[0]?.rule).toContain('regions.ts');
  });

  it('asks for "ISF" to be spelled out first in More detail', () => {
    const breaks = checkGuide(
      guide([{ picture: 'you' as const, sentences: ['You choose.'] }], 'An ISF is good.'),
      {},
    );
    expect(breaks[0]?.rule).toContain('Individual Service Fund (ISF)');
  });

  it('reports hard reading with the worst sentences', () => {
    const breaks = checkReadability(
      guide([
        {
          picture: 'you' as const,
          sentences: [
            'Comprehensive organisational accountability necessitates considerable deliberation.',
          ],
        },
      ]),
      {},
    );
    expect(breaks[0]?.rule).toContain('Flesch Reading Ease');
    expect(breaks[0]?.sentence).toContain('Comprehensive');
  });

  it('passes a short, plain guide', () => {
    const rows = [{ picture: 'you' as const, sentences: ['You choose who helps you.'] }];
    expect(checkGuide(guide(rows), {})).toEqual([]);
    expect(checkReadability(guide(rows), {})).toEqual([]);
  });
});

describe('the guide schema', () => {
  const base = {
    title: 'A test',
    summary: 'A short test.',
    order: 1,
    lastChecked: '2026-11-24',
    sources: [{ title: 'A source', publisher: 'Someone' }],
  };

  it('needs a picture from the registry for every point', () => {
    const result = guideSchema.safeParse({ ...base, rows: [{ sentences: ['You choose.'] }] });
    expect(result.success).toBe(false);
  });

  it('rejects a picture that is not in the registry, or alt text beside it', () => {
    const unknown = { picture: 'no-such-picture', sentences: ['You choose.'] };
    const withAlt = { picture: 'you' as const, alt: 'A person', sentences: ['You choose.'] };
    expect(guideSchema.safeParse({ ...base, rows: [unknown] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...base, rows: [withAlt] }).success).toBe(false);
  });

  it('rejects more than 3 sentences in a point', () => {
    const result = guideSchema.safeParse({
      ...base,
      rows: [{ picture: 'you' as const, sentences: ['One.', 'Two.', 'Three.', 'Four.'] }],
    });
    expect(result.success).toBe(false);
  });

  it('accepts a well-made guide and turns its date into text', () => {
    const result = guideSchema.safeParse({
      ...base,
      lastChecked: new Date('2026-11-24T00:00:00Z'),
      rows: [{ picture: 'you' as const, sentences: ['You choose.'] }],
    });
    expect(result.success && result.data.lastChecked).toBe('2026-11-24');
  });
});

describe('reading More detail', () => {
  it('joins wrapped lines, splits list items and leaves out headings', () => {
    const { sentences, headingLevels } = markdownSentences(
      '### A heading\n\nOne line\nwrapped here. Two.\n\n- First item\n- Second [link](/x/) item',
    );
    expect(sentences).toEqual(['One line wrapped here.', 'Two.', 'First item', 'Second link item']);
    expect(headingLevels).toEqual([3]);
  });
});
