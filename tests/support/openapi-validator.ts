import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

// Checks one HTTP answer of the console against its OpenAPI document: the path and method are documented, the
// status is one the operation declares, and a JSON body matches that status's schema (JSON Schema 2020-12, the
// dialect of OpenAPI 3.1). Undocumented fields fail: answers' objects declare additionalProperties: false.

type JsonObject = Record<string, unknown>;

export interface SeenResponse {
  method: string;
  /** The URL path as requested, e.g. /api/clusters/local/remote_clusters/prod. */
  path: string;
  status: number;
  contentType: string | null;
  body: string;
}

export interface Verdict {
  /** The matched operation, as "METHOD /api/template", or null when the path is not in the document. */
  operation: string | null;
  problems: string[];
}

interface PathTemplate {
  template: string;
  pattern: RegExp;
  params: number;
}

const DOCUMENT_ID = 'https://remote-clusters-console.invalid/openapi.json';

function pointer(...segments: string[]): string {
  return segments.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
}

export class OpenApiValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  private readonly templates: PathTemplate[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: JsonObject) {
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID });
    const paths = Object.keys((document.paths ?? {}) as JsonObject);
    this.templates = paths
      .map((template) => ({
        template,
        pattern: new RegExp(
          `^${template
            .split(/\{[^}]+\}/)
            .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
            .join('[^/]+')}$`,
        ),
        params: (template.match(/\{/g) ?? []).length,
      }))
      // A literal segment wins over a parameter: /api/clusters/{id}/session before anything more generic.
      .sort((a, b) => a.params - b.params);
  }

  check(seen: SeenResponse): Verdict {
    const template = this.templates.find((candidate) => candidate.pattern.test(seen.path))?.template;
    if (!template)
      return { operation: null, problems: [`${seen.method} ${seen.path}: the path is not in the OpenAPI document`] };
    const method = seen.method.toLowerCase();
    const operation = `${seen.method.toUpperCase()} ${template}`;
    const item = ((this.document.paths as JsonObject)[template] ?? {}) as JsonObject;
    const responses = ((item[method] as JsonObject | undefined)?.responses ?? null) as JsonObject | null;
    if (!responses) return { operation, problems: [`${operation}: the method is not in the OpenAPI document`] };
    const status = String(seen.status) in responses ? String(seen.status) : 'default' in responses ? 'default' : null;
    if (!status)
      return {
        operation,
        problems: [
          `${operation}: status ${seen.status} is not documented (documented: ${Object.keys(responses).join(', ')})`,
        ],
      };
    const content = ((responses[status] as JsonObject).content ?? {}) as JsonObject;
    if (!('application/json' in content)) return { operation, problems: [] };
    if (!seen.contentType?.includes('application/json'))
      return {
        operation,
        problems: [`${operation} ${seen.status}: content-type ${seen.contentType} instead of application/json`],
      };
    let body: unknown;
    try {
      body = JSON.parse(seen.body);
    } catch {
      return { operation, problems: [`${operation} ${seen.status}: the body is not JSON`] };
    }
    const validate = this.validatorFor(
      pointer('paths', template, method, 'responses', status, 'content', 'application/json', 'schema'),
    );
    if (validate(body)) return { operation, problems: [] };
    const details = (validate.errors ?? [])
      .slice(0, 5)
      .map((error) => `${error.instancePath || '(body)'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
    return {
      operation,
      problems: [`${operation} ${seen.status}: the body does not match the documented schema: ${details.join('; ')}`],
    };
  }

  /** Validates a value against a named component schema (for examples and for tests of the validator itself). */
  checkSchema(name: string, value: unknown): string[] {
    const validate = this.validatorFor(pointer('components', 'schemas', name));
    return validate(value)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath || '(value)'} ${error.message ?? ''}`);
  }

  private validatorFor(path: string): ValidateFunction {
    let validate = this.compiled.get(path);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#/${path}` });
      this.compiled.set(path, validate);
    }
    return validate;
  }
}
