// The requests the benchmark lints. Each is a realistic, valid request (so the figures are for the
// common pre-flight case: a clean request that must cost next to nothing), built in code so the sizes
// can be scaled for the linear-growth check.

/** A small Chat request, the shape most applications send. */
export function smallChat() {
  return {
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'You are a concise assistant for a travel booking site.' },
      { role: 'user', content: 'Which documents do I need to fly from Paris to Montreal?' },
    ],
    temperature: 0.3,
    max_completion_tokens: 512,
  };
}

function strictObject(properties) {
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
}

/** Three strict tools and a recursive json_schema response format (a tree via `$defs`/`$ref`). */
export function strictToolsAndRecursiveSchema() {
  const tool = (name, description, parameters) => ({ type: 'function', function: { name, description, strict: true, parameters } });
  return {
    model: 'gpt-4o',
    messages: [
      { role: 'developer', content: 'Plan the trip and return the itinerary as a tree of steps.' },
      { role: 'user', content: 'Three days in Lisbon in May, museums and food, mid-range budget.' },
    ],
    tools: [
      tool(
        'search_flights',
        'Search flights between two airports on a date.',
        strictObject({
          from: { type: 'string' },
          to: { type: 'string' },
          date: { type: 'string' },
          cabin: { type: 'string', enum: ['economy', 'premium', 'business'] },
        }),
      ),
      tool(
        'search_hotels',
        'Search hotels in a city.',
        strictObject({
          city: { type: 'string' },
          nights: { type: 'integer' },
          budget: { type: ['number', 'null'] },
          amenities: { type: 'array', items: { type: 'string' } },
        }),
      ),
      tool(
        'get_weather',
        'Forecast for a city and day.',
        strictObject({ city: { type: 'string' }, day: { type: 'string' }, units: { type: 'string', enum: ['metric', 'imperial'] } }),
      ),
    ],
    tool_choice: 'auto',
    // Structured Outputs cannot hold parallel calls to the strict schema, so strict tools turn them off.
    parallel_tool_calls: false,
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'itinerary',
        strict: true,
        schema: {
          type: 'object',
          properties: { title: { type: 'string' }, root: { $ref: '#/$defs/step' } },
          required: ['title', 'root'],
          additionalProperties: false,
          $defs: {
            step: strictObject({
              label: { type: 'string' },
              kind: { type: 'string', enum: ['travel', 'visit', 'meal', 'rest'] },
              cost: { anyOf: [{ type: 'number' }, { type: 'null' }] },
              children: { type: 'array', items: { $ref: '#/$defs/step' } },
            }),
          },
        },
      },
    },
    temperature: 0.2,
  };
}

/**
 * A conversation of `turns` × 5 messages (+ 1 system message): user, assistant with a tool call, tool
 * result, assistant answer, user follow-up. `turns = 15` gives the 76-message conversation.
 */
export function conversation(turns = 15) {
  const messages = [{ role: 'system', content: 'You are a support agent for an online shop. Use the tools to look orders up.' }];
  for (let i = 0; i < turns; i++) {
    const id = `call_${i.toString(36).padStart(6, '0')}`;
    messages.push(
      { role: 'user', content: `Where is my order #${10_000 + i}? It was supposed to arrive on Monday.` },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id, type: 'function', function: { name: 'lookup_order', arguments: JSON.stringify({ order_id: String(10_000 + i) }) } },
        ],
      },
      {
        role: 'tool',
        tool_call_id: id,
        content: JSON.stringify({
          status: 'in_transit',
          carrier: 'DHL',
          eta: '2026-11-27',
          events: ['picked up', 'left hub', 'arrived in country'],
        }),
      },
      { role: 'assistant', content: `Your order #${10_000 + i} is on its way with DHL and should arrive on 27 November.` },
      { role: 'user', content: [{ type: 'text', text: 'Thanks! Can you also check the next one?' }] },
    );
  }
  return {
    model: 'gpt-4.1-mini',
    messages,
    tools: [
      {
        type: 'function',
        function: {
          name: 'lookup_order',
          description: 'Look an order up by id.',
          strict: true,
          parameters: strictObject({ order_id: { type: 'string' } }),
        },
      },
    ],
    tool_choice: 'auto',
    parallel_tool_calls: false,
    max_completion_tokens: 1024,
  };
}

/** A Responses API request: input items, a function tool, a json_schema text format, reasoning. */
export function responsesRequest() {
  return {
    model: 'o4-mini',
    instructions: 'Answer with the structured summary.',
    input: [
      { role: 'user', content: [{ type: 'input_text', text: 'Summarise the attached meeting notes and list the action items.' }] },
      { role: 'assistant', content: [{ type: 'output_text', text: 'Which meeting do you mean?', annotations: [] }] },
      { role: 'user', content: 'The Monday planning meeting.' },
    ],
    tools: [
      {
        type: 'function',
        name: 'fetch_notes',
        description: 'Fetch meeting notes by date.',
        strict: true,
        parameters: strictObject({ date: { type: 'string' } }),
      },
    ],
    text: {
      format: {
        type: 'json_schema',
        name: 'summary',
        strict: true,
        schema: strictObject({ summary: { type: 'string' }, actions: { type: 'array', items: { type: 'string' } } }),
      },
    },
    reasoning: { effort: 'medium' },
    max_output_tokens: 2000,
  };
}

/** LangChain `ChatOpenAI` options (camelCase, as `@langchain/openai` spells them). */
export function langchainOptions() {
  return {
    model: 'gpt-4o-mini',
    temperature: 0.2,
    frequencyPenalty: 0,
    presencePenalty: 0,
    stop: ['\n\nUser:'],
    streaming: true,
    streamUsage: true,
    promptCacheKey: 'support-bot-v3',
    tools: [
      {
        type: 'function',
        function: {
          name: 'lookup_order',
          description: 'Look an order up by id.',
          parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
        },
      },
    ],
  };
}
