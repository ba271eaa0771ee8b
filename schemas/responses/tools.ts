/**
 * Responses tools (spec `Tool`, SPEC 2026-08-21; constraints in api-facts §2.2): flat function tools,
 * custom tools, and the hosted tools only this API has. Tools that rules check are modelled field by
 * field; deeply nested option objects (search filters, ranking options, container settings) stay
 * open, and the conformance exceptions say so.
 */
import { functionNameSchema, userJsonSchemaSchema } from '../shared.js';

const allowedCallersSchema = {
  type: ['array', 'null'],
  minItems: 1,
  items: {
    type: 'string',
    enum: ['direct', 'programmatic'],
    description: 'A caller that may invoke this tool: `direct` or `programmatic`.',
  },
  description: 'Who may call this tool (programmatic tool calling opts a tool in here).',
} as const;

const deferLoadingSchema = { type: 'boolean', description: 'Load the tool definition only when tool search finds it.' } as const;

/**
 * The spec marks `strict` and `parameters` required (nullable); the API accepts both omitted, and an
 * omitted `strict` means "try strict" (FC-GUIDE, api-facts §2.2) — a rule warns about that.
 */
export const responsesFunctionToolSchema = {
  type: 'object',
  description: 'A function the model may call (flat: `name` and `parameters` sit beside `type`).',
  properties: {
    type: { const: 'function', default: 'function', description: 'Always `function`.' },
    name: { ...functionNameSchema, description: 'The function name: letters, digits, `_` and `-`, at most 64 characters.' },
    description: { type: ['string', 'null'], description: 'What the function does; the model reads it to decide when and how to call it.' },
    parameters: { ...userJsonSchemaSchema, type: ['object', 'null'], description: 'The function arguments as a JSON Schema object.' },
    output_schema: {
      ...userJsonSchemaSchema,
      type: ['object', 'null'],
      description: 'A JSON Schema of what the function returns, for programmatic callers.',
    },
    strict: {
      type: ['boolean', 'null'],
      description: 'Whether calls must follow `parameters` exactly; when omitted, Responses tries strict mode.',
    },
    defer_loading: deferLoadingSchema,
    allowed_callers: { type: ['array', 'null'], items: allowedCallersSchema.items, description: allowedCallersSchema.description },
  },
  required: ['type', 'name'],
  additionalProperties: false,
} as const;

/** Unlike Chat (`{type: "grammar", grammar: {definition, syntax}}`), the Responses grammar is flat. */
export const responsesCustomToolFormatSchema = {
  type: 'object',
  description: 'The input format of a custom tool; unconstrained text when omitted.',
  discriminator: { propertyName: 'type' },
  oneOf: [
    {
      type: 'object',
      description: 'Unconstrained free-form text input.',
      properties: { type: { const: 'text', default: 'text', description: 'Always `text`.' } },
      required: ['type'],
      additionalProperties: false,
    },
    {
      type: 'object',
      description: 'Input constrained by a user-defined grammar.',
      properties: {
        type: { const: 'grammar', default: 'grammar', description: 'Always `grammar`.' },
        syntax: { type: 'string', enum: ['lark', 'regex'], description: 'The grammar syntax: `lark` or `regex`.' },
        definition: { type: 'string', description: 'The grammar definition text.' },
      },
      required: ['type', 'syntax', 'definition'],
      additionalProperties: false,
    },
  ],
} as const;

export const responsesCustomToolSchema = {
  type: 'object',
  description: 'A custom tool whose input is free text or follows a grammar.',
  properties: {
    type: { const: 'custom', default: 'custom', description: 'Always `custom`.' },
    name: { type: 'string', description: 'The tool name used in tool calls.' },
    description: { type: 'string', description: 'What the tool does, for the model.' },
    format: responsesCustomToolFormatSchema,
    defer_loading: deferLoadingSchema,
    allowed_callers: allowedCallersSchema,
  },
  required: ['type', 'name'],
  additionalProperties: false,
} as const;

export const responsesFileSearchToolSchema = {
  type: 'object',
  description: 'Search uploaded files in vector stores.',
  properties: {
    type: { const: 'file_search', default: 'file_search', description: 'Always `file_search`.' },
    vector_store_ids: {
      type: 'array',
      items: { type: 'string', description: 'A vector store id.' },
      description: 'The vector stores to search.',
    },
    max_num_results: { type: 'integer', minimum: 1, maximum: 50, description: 'The most results to return, 1 to 50.' },
    ranking_options: { type: 'object', description: 'Ranking options for the search.' },
    filters: { type: ['object', 'null'], description: 'A comparison or compound filter on file attributes.' },
  },
  required: ['type', 'vector_store_ids'],
  additionalProperties: false,
} as const;

const userLocationSchema = { type: ['object', 'null'], description: "The user's approximate location, to localise results." } as const;
const searchContextSizeSchema = {
  type: 'string',
  enum: ['low', 'medium', 'high'],
  description: 'How much search context to use: `low`, `medium` or `high`.',
} as const;

export const responsesWebSearchToolSchema = {
  type: 'object',
  description: 'Search the web.',
  properties: {
    type: {
      type: 'string',
      enum: ['web_search', 'web_search_2025_08_26'],
      default: 'web_search',
      description: '`web_search` or a dated version.',
    },
    external_web_access: { type: 'boolean', default: true, description: 'Whether to fetch live pages (`false`: cached results only).' },
    filters: { type: ['object', 'null'], description: 'Search filters, e.g. `allowed_domains`.' },
    user_location: userLocationSchema,
    search_context_size: { ...searchContextSizeSchema, default: 'medium' },
  },
  required: ['type'],
  additionalProperties: false,
} as const;

export const responsesWebSearchPreviewToolSchema = {
  type: 'object',
  description: 'The earlier web search tool.',
  properties: {
    type: {
      type: 'string',
      enum: ['web_search_preview', 'web_search_preview_2025_03_11'],
      default: 'web_search_preview',
      description: '`web_search_preview` or a dated version.',
    },
    user_location: userLocationSchema,
    search_context_size: searchContextSizeSchema,
    search_content_types: {
      type: 'array',
      items: { type: 'string', enum: ['text', 'image'], description: 'A content type.' },
      description: 'Which content types to search.',
    },
  },
  required: ['type'],
  additionalProperties: false,
} as const;

/** `server_url`, `connector_id`, `tunnel_id`: exactly one is required; a rule checks that (a cross-field fact). */
export const responsesMcpToolSchema = {
  type: 'object',
  description: 'Give the model access to a remote MCP server or a connector.',
  properties: {
    type: { const: 'mcp', description: 'Always `mcp`.' },
    server_label: { type: 'string', description: 'A label for the server, used in tool calls.' },
    server_url: { type: 'string', format: 'uri', description: 'The MCP server URL.' },
    connector_id: {
      type: 'string',
      enum: [
        'connector_dropbox',
        'connector_gmail',
        'connector_googlecalendar',
        'connector_googledrive',
        'connector_microsoftteams',
        'connector_outlookcalendar',
        'connector_outlookemail',
        'connector_sharepoint',
      ],
      description: 'A service connector id.',
    },
    tunnel_id: {
      type: 'string',
      pattern: '^tunnel_[a-z0-9]{32}$',
      description: 'A tunnel id (`tunnel_` and 32 lowercase letters or digits).',
    },
    authorization: { type: 'string', description: 'An OAuth access token for the server or connector.' },
    server_description: { type: 'string', description: 'What the server does, for the model.' },
    headers: { type: ['object', 'null'], additionalProperties: { type: 'string' }, description: 'HTTP headers to send to the server.' },
    allowed_tools: {
      description: 'The server tools the model may use: a list of names or a filter.',
      anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'object', description: 'A tool filter.' }, { type: 'null' }],
    },
    allowed_callers: allowedCallersSchema,
    require_approval: {
      description: 'Which tool calls need approval: `always`, `never`, or a filter.',
      anyOf: [{ type: 'object', description: 'An approval filter.' }, { type: 'string', enum: ['always', 'never'] }, { type: 'null' }],
    },
    defer_loading: deferLoadingSchema,
  },
  required: ['type', 'server_label'],
  additionalProperties: false,
} as const;

export const responsesCodeInterpreterToolSchema = {
  type: 'object',
  description: 'Run Python code in a container.',
  properties: {
    type: { const: 'code_interpreter', description: 'Always `code_interpreter`.' },
    container: {
      description: 'A container id, or `{ "type": "auto", ... }` to create one.',
      anyOf: [
        { type: 'string', description: 'A container id.' },
        { type: 'object', description: 'Automatic container settings.' },
      ],
    },
    allowed_callers: allowedCallersSchema,
  },
  required: ['type', 'container'],
  additionalProperties: false,
} as const;

/** `background: transparent` needs `png` or `webp` (api-facts §2.2): a rule, since it spans two fields. */
export const responsesImageGenerationToolSchema = {
  type: 'object',
  description: 'Generate or edit images.',
  properties: {
    type: { const: 'image_generation', description: 'Always `image_generation`.' },
    model: {
      description: 'The image model.',
      default: 'gpt-image-1',
      anyOf: [
        { type: 'string' },
        { type: 'string', enum: ['gpt-image-1', 'gpt-image-1-mini', 'gpt-image-1.5', 'gpt-image-2', 'gpt-image-2-2026-04-21'] },
      ],
    },
    quality: { type: 'string', enum: ['low', 'medium', 'high', 'auto'], default: 'auto', description: 'Image quality.' },
    size: {
      default: 'auto',
      description: 'Image size, e.g. `1024x1024` or `auto`.',
      anyOf: [{ type: 'string' }, { type: 'string', enum: ['1024x1024', '1024x1536', '1536x1024', 'auto'] }],
    },
    output_format: { type: 'string', enum: ['png', 'webp', 'jpeg'], default: 'png', description: 'Image file format.' },
    output_compression: { type: 'integer', minimum: 0, maximum: 100, default: 100, description: 'Compression level, 0 to 100.' },
    moderation: { type: 'string', enum: ['auto', 'low'], default: 'auto', description: 'Moderation level.' },
    background: {
      type: 'string',
      enum: ['transparent', 'opaque', 'auto'],
      default: 'auto',
      description: 'Background: `transparent` needs `png` or `webp` output.',
    },
    input_fidelity: { type: ['string', 'null'], enum: ['high', 'low', null], description: 'How closely to match input image features.' },
    input_image_mask: { type: 'object', description: 'A mask for inpainting.' },
    partial_images: { type: 'integer', minimum: 0, maximum: 3, default: 0, description: 'Partial images to stream, 0 to 3.' },
    action: { type: 'string', enum: ['generate', 'edit', 'auto'], description: 'Whether to generate a new image or edit one.' },
  },
  required: ['type'],
  additionalProperties: false,
} as const;

export const responsesComputerUsePreviewToolSchema = {
  type: 'object',
  description: 'Control a virtual computer (preview).',
  properties: {
    type: { const: 'computer_use_preview', default: 'computer_use_preview', description: 'Always `computer_use_preview`.' },
    environment: { type: 'string', enum: ['windows', 'mac', 'linux', 'ubuntu', 'browser'], description: 'The environment to control.' },
    display_width: { type: 'integer', description: 'Display width in pixels.' },
    display_height: { type: 'integer', description: 'Display height in pixels.' },
  },
  required: ['type', 'environment', 'display_width', 'display_height'],
  additionalProperties: false,
} as const;

/** Hosted tools with few or deeply nested options; accepted by `type` (see the module comment). */
export const responsesOpaqueToolTypes = [
  'computer',
  'programmatic_tool_calling',
  'local_shell',
  'shell',
  'namespace',
  'tool_search',
  'apply_patch',
] as const;

export const responsesOpaqueToolSchema = {
  type: 'object',
  description: 'Another hosted tool (computer, shell, apply_patch, tool search, namespaces...).',
  properties: { type: { type: 'string', enum: responsesOpaqueToolTypes, description: 'The tool type.' } },
  required: ['type'],
} as const;

export const responsesToolSchema = {
  type: 'object',
  description: 'A tool the model may use: a function, a custom tool, or a hosted tool.',
  discriminator: { propertyName: 'type' },
  oneOf: [
    responsesFunctionToolSchema,
    responsesCustomToolSchema,
    responsesFileSearchToolSchema,
    responsesWebSearchToolSchema,
    responsesWebSearchPreviewToolSchema,
    responsesMcpToolSchema,
    responsesCodeInterpreterToolSchema,
    responsesImageGenerationToolSchema,
    responsesComputerUsePreviewToolSchema,
    responsesOpaqueToolSchema,
  ],
} as const;

export const responsesToolsSchema = {
  type: 'array',
  maxItems: 128,
  items: responsesToolSchema,
  description: 'Tools the model may use (at most 128).',
} as const;

/** Hosted (built-in) tool types: LangChain switches to the Responses API when one is passed. */
export const responsesBuiltInToolTypes = [
  'file_search',
  'web_search',
  'web_search_2025_08_26',
  'web_search_preview',
  'web_search_preview_2025_03_11',
  'mcp',
  'code_interpreter',
  'image_generation',
  'computer_use_preview',
  ...responsesOpaqueToolTypes,
] as const;
