/** The OpenAPI description served at `/api/openapi.json`. */
const error = { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const saved = { description: 'a saved dossier', content: { 'application/json': { schema: { $ref: '#/components/schemas/Saved' } } } };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{16}$' } };

export function openApi(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'dossier workbench API',
      version,
      description: 'Analyse articles into evidence-linked dossiers (schema dossier/1) and keep them in the local store.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'required when the server was started with a token' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
        Counts: {
          type: 'object',
          properties: Object.fromEntries(
            ['entities', 'dates', 'claims', 'techniques', 'flags', 'critical', 'warning', 'info'].map((k) => [k, { type: 'integer' }]),
          ),
        },
        Summary: {
          type: 'object',
          required: ['id', 'title', 'created', 'counts'],
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            created: { type: 'string', format: 'date-time' },
            counts: { $ref: '#/components/schemas/Counts' },
          },
        },
        Saved: {
          allOf: [
            { $ref: '#/components/schemas/Summary' },
            { type: 'object', required: ['dossier'], properties: { dossier: { type: 'object', description: 'the dossier (schema dossier/1)' } } },
          ],
        },
      },
    },
    security: [{}, { bearer: [] }],
    paths: {
      '/api/health': {
        get: {
          summary: 'liveness, version and the analyses under way',
          responses: { 200: { description: '{status: "ok", version, analyses: {workers, running, queued}}' } },
        },
      },
      '/api/analyze': {
        post: {
          summary: 'analyse a text or an uploaded file; the dossier is saved',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['text'],
                  properties: {
                    text: { type: 'string' },
                    published: { type: 'string', format: 'date', description: 'YYYY-MM-DD' },
                    watchlist: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
                    source: { type: 'string' },
                  },
                },
              },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['file'],
                  properties: { file: { type: 'string', format: 'binary' }, published: { type: 'string' }, watchlist: { type: 'string' } },
                },
              },
            },
          },
          description: 'Runs in a worker thread with a time limit (503 when exceeded) and a heap limit (422 when exceeded).',
          responses: { 201: saved, 400: error, 401: error, 413: error, 415: error, 422: error, 503: error },
        },
      },
      '/api/dossiers': {
        get: {
          summary: 'saved dossiers, newest first',
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          ],
          responses: {
            200: {
              description: 'one page',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      items: { type: 'array', items: { $ref: '#/components/schemas/Summary' } },
                      total: { type: 'integer' },
                      limit: { type: 'integer' },
                      offset: { type: 'integer' },
                    },
                  },
                },
              },
            },
            400: error,
            401: error,
          },
        },
      },
      '/api/dossiers/{id}': {
        get: { summary: 'one saved dossier', parameters: [idParam], responses: { 200: saved, 401: error, 404: error } },
        delete: { summary: 'delete a saved dossier', parameters: [idParam], responses: { 200: { description: '{deleted: id}' }, 401: error, 404: error } },
      },
      '/api/openapi.json': { get: { summary: 'this description', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
  };
}
