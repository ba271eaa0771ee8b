import { describe, expect, it } from 'vitest';
import { emptyNodeLists } from '../../src/dialects/types.js';
import { NODE_KINDS, nodeListsInOrder } from '../../src/nodes.js';

describe('nodeListsInOrder', () => {
  it("gives every kind its own list at the kind's position in NODE_KINDS", () => {
    // Dispatch finds a rule's nodes by the position of the kinds it visits: a list out of place would
    // hand one kind's visitor another kind's nodes.
    const lists = emptyNodeLists('chat.completions', { model: 'gpt-4.1' }, () => true);
    const inOrder = nodeListsInOrder(lists);
    expect(inOrder).toHaveLength(NODE_KINDS.length);
    NODE_KINDS.forEach((kind, position) => expect(inOrder[position], kind).toBe(lists[kind]));
    expect(new Set(inOrder).size).toBe(NODE_KINDS.length);
  });
});
