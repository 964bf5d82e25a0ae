import type { RecordedCall } from './fake-slack-api.js';

interface BlockLike {
  type: string;
  elements?: { type: string; action_id?: string; value?: string; text?: { text: string } }[];
}

/** Returns the buttons of a posted or updated message, in order. */
export function buttonsOf(
  call: RecordedCall,
): { actionId: string; value: string; label: string }[] {
  const blocks = (call.body.blocks ?? []) as BlockLike[];
  return blocks
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? [])
    .filter((element) => element.type === 'button')
    .map((element) => ({
      actionId: element.action_id ?? '',
      value: element.value ?? '',
      label: element.text?.text ?? '',
    }));
}

/** Returns all text of a message (its fallback and every block) for loose assertions. */
export function textOf(call: RecordedCall): string {
  return JSON.stringify([call.body.text, call.body.blocks]);
}

export function messageTs(call: RecordedCall): string {
  const ts = call.response?.ts;
  if (typeof ts !== 'string') throw new Error('the call has no message ts');
  return ts;
}
