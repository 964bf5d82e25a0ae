import { describe, expect, it } from '@jest/globals';

import { decodeActionId } from '../../adapters/slack/block-kit/action-ids.js';
import { renderCard, renderText } from '../../adapters/slack/block-kit/card-blocks.js';
import { BLOCK_KIT_LIMITS as LIMITS } from '../../adapters/slack/block-kit/limits.js';
import type { Card, CardAction } from '../../src/bot/replies.js';
import { proposalCard } from './helpers/stub-frontdesk.js';

interface AnyBlock {
  type: string;
  text?: { type: string; text: string };
  elements?: {
    type: string;
    text?: string | { text: string };
    action_id?: string;
    value?: string;
    style?: string;
    confirm?: { title: { text: string } };
    options?: { text: { text: string }; value: string }[];
  }[];
}

function blocksOf(card: Card): AnyBlock[] {
  return renderCard(card).blocks as AnyBlock[];
}

function buttons(card: Card) {
  return blocksOf(card)
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? []);
}

const long = (length: number) => 'x'.repeat(length);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('renderCard', () => {
  it('renders the title, fields, notes and three buttons', () => {
    const blocks = blocksOf(proposalCard());

    expect(blocks.map((block) => block.type)).toEqual(['header', 'section', 'context', 'actions']);
    expect(buttons(proposalCard()).map((button) => button.action_id)).toEqual([
      'fd.confirm.0',
      'fd.edit.1',
      'fd.cancel.2',
    ]);
    expect(renderCard(proposalCard()).text).toBe('Move in Jane Doe → Hudson 102');
  });

  it('keeps a long title whole in a section', () => {
    const blocks = blocksOf({ ...proposalCard(), title: long(200) });

    expect(blocks[0]!.type).toBe('section');
    expect(blocks[0]!.text!.text).toContain(long(200));
  });

  it('stays within 50 blocks for a huge card', () => {
    const card: Card = {
      ...proposalCard(),
      fields: Array.from({ length: 200 }, (_, index) => ({
        label: `Field ${index}`,
        value: long(2_900),
      })),
      notes: Array.from({ length: 300 }, () => long(4_000)),
    };
    const blocks = blocksOf(card);

    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    expect(blocks.at(-1)!.type).toBe('actions');
    for (const block of blocks) {
      if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3_000);
      if (block.type === 'context') {
        expect(block.elements!.length).toBeLessThanOrEqual(LIMITS.contextElements);
        for (const element of block.elements!) {
          expect((element.text as string).length).toBeLessThanOrEqual(3_000);
        }
      }
    }
  });

  it('shortens button text to 75 characters', () => {
    const action: CardAction = { id: 'answer', label: long(100), style: 'default', value: 'q:0' };
    const [button] = buttons({ ...proposalCard(), actions: [action] });

    expect((button!.text as { text: string }).text).toHaveLength(75);
    expect((button!.text as { text: string }).text.endsWith('…')).toBe(true);
  });

  it('leaves out a button whose value exceeds 2000 characters', () => {
    const actions: CardAction[] = [
      { id: 'confirm', label: 'Confirm', style: 'primary', value: long(2_001) },
      { id: 'cancel', label: 'Cancel', style: 'default', value: 'proposal-1' },
    ];
    const rendered = buttons({ ...proposalCard(), actions });

    expect(rendered.map((button) => button.value)).toEqual(['proposal-1']);
  });

  it('keeps action ids within 255 characters and decodable', () => {
    for (const button of buttons(proposalCard())) {
      expect(button.action_id!.length).toBeLessThanOrEqual(LIMITS.actionId);
      expect(decodeActionId(button.action_id!)).not.toBeNull();
    }
  });

  it('cuts long text between emoji, never inside one', () => {
    const text = renderCard({ ...proposalCard(), fallbackText: '🏠'.repeat(4_000) }).text;

    expect(text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    expect(text.endsWith('🏠…')).toBe(true);
    expect(text).not.toMatch(LONE_SURROGATE);
  });

  it('asks Slack to confirm a purge in a danger dialog', () => {
    const purge: Card = {
      ...proposalCard(),
      actions: [{ id: 'confirm', label: 'Purge…', style: 'danger', value: 'proposal-9' }],
    };
    const [button] = buttons(purge);

    expect(button!.action_id).toBe('fd.confirm_purge.0');
    expect(button!.style).toBe('danger');
    expect(button!.confirm!.title.text).toBe('Purge this resident?');
  });

  it('turns more than five answers into one select', () => {
    const actions: CardAction[] = Array.from({ length: 8 }, (_, index) => ({
      id: 'answer',
      label: `Hudson ${100 + index}`,
      style: 'default',
      value: `question-1:${index}`,
    }));
    const [select] = buttons({ ...proposalCard(), actions });

    expect(select!.type).toBe('static_select');
    expect(select!.options).toHaveLength(8);
    expect(select!.options![7]!.value).toBe('question-1:7');
  });

  it('shows up to five answers as buttons', () => {
    const actions: CardAction[] = [
      { id: 'answer', label: 'Hudson 101', style: 'default', value: 'q:0' },
      { id: 'answer', label: 'Riverside 101', style: 'default', value: 'q:1' },
    ];

    expect(buttons({ ...proposalCard(), actions }).map((button) => button.action_id)).toEqual([
      'fd.answer.0',
      'fd.answer.1',
    ]);
  });

  it('escapes mrkdwn control characters in resident text', () => {
    const card: Card = {
      ...proposalCard(),
      fields: [{ label: 'Contact', value: '<!channel> & <https://evil.example|click>' }],
    };
    const section = blocksOf(card).find((block) => block.type === 'section')!;

    expect(section.text!.text).toContain(
      '&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;',
    );
  });

  it('keeps user mentions clickable', () => {
    const context = blocksOf(proposalCard()).find((block) => block.type === 'context')!;

    expect(context.elements![0]!.text).toBe('Asked by <@UFAKEMARIA>');
  });
});

describe('renderText', () => {
  it('splits long text into sections of at most 3000 characters', () => {
    const lines = Array.from({ length: 100 }, (_, index) => `• line ${index} ${long(100)}`);
    const blocks = renderText(lines.join('\n')).blocks as AnyBlock[];

    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) expect(block.text!.text.length).toBeLessThanOrEqual(3_000);
    expect(blocks.map((block) => block.text!.text).join('\n')).toBe(lines.join('\n'));
  });

  it('stops at 50 blocks and marks the cut', () => {
    const blocks = renderText(Array.from({ length: 60 }, () => long(2_999)).join('\n'))
      .blocks as AnyBlock[];

    expect(blocks).toHaveLength(LIMITS.blocksPerMessage);
    expect(blocks.at(-1)!.text!.text.endsWith('…')).toBe(true);
  });
});
