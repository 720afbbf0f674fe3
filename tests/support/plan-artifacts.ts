import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import type { Artifact, ConnectionPlan } from '@/lib/connection-plan/model';

// Checks every artifact of a connection plan against what would consume it: manifests against ECK's Elasticsearch
// v1 schema (and Kubernetes' Secret and ConfigMap rules), kubectl merge patches merged onto a minimal valid
// resource, Cloud API requests against the Elastic Cloud API definitions (path, method, body), shell through
// `bash -n`, elasticsearch.yml through a YAML parser. Unknown fields fail, as `kubectl apply --validate=strict`
// and the Cloud API would refuse or drop them.

type Json = Record<string, unknown>;
/** Copies of the ECK CRD schema and the Elastic Cloud API definitions; schemas.test.ts says where they come from. */
export const SCHEMAS = new URL('../fixtures/deployment-schemas/', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, SCHEMAS), 'utf8')) as Json;

/**
 * Closes every object schema that lists its properties (additionalProperties: false) unless Kubernetes keeps
 * unknown fields there, and drops the x-kubernetes-* extensions a JSON Schema validator does not know. A
 * property-less `{"type": "object"}` in the Cloud definitions is the API generator's spelling of "any JSON value"
 * (KeystoreSecret.value: Elastic's reference says a string or a JSON object), so it is opened to any value.
 */
function prepare(schema: unknown, { anyForBareObject }: { anyForBareObject: boolean }): unknown {
  if (Array.isArray(schema)) return schema.map((item) => prepare(item, { anyForBareObject }));
  if (!schema || typeof schema !== 'object') return schema;
  const source = schema as Json;
  const keys = Object.keys(source).filter((key) => !key.startsWith('x-kubernetes-') && key !== 'example');
  if (anyForBareObject && source.type === 'object' && !source.properties && !source.additionalProperties) {
    return {};
  }
  const out: Json = {};
  for (const key of keys) {
    const value = source[key];
    out[key] =
      key === 'properties' || key === 'definitions'
        ? Object.fromEntries(
            Object.entries(value as Json).map(([name, child]) => [name, prepare(child, { anyForBareObject })]),
          )
        : prepare(value, { anyForBareObject });
  }
  if (
    source.properties &&
    source.additionalProperties === undefined &&
    !source['x-kubernetes-preserve-unknown-fields']
  ) {
    out.additionalProperties = false;
  }
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const describe = (validate: ValidateFunction) =>
  (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim());

const eckSchema = prepare(readJson('eck/elasticsearch-v1.schema.json'), { anyForBareObject: false }) as Json;
delete eckSchema.$comment;
const validateElasticsearch = ajv.compile(eckSchema);

export function elasticsearchProblems(resource: Json): string[] {
  const problems = validateElasticsearch(resource) ? [] : describe(validateElasticsearch);
  if (resource.apiVersion !== 'elasticsearch.k8s.elastic.co/v1')
    problems.push('apiVersion must be elasticsearch.k8s.elastic.co/v1');
  if (resource.kind !== 'Elasticsearch') problems.push('kind must be Elasticsearch');
  const metadata = resource.metadata as Json | undefined;
  if (typeof metadata?.name !== 'string' || !DNS_LABEL.test(metadata.name)) problems.push('metadata.name is required');
  const spec = resource.spec as Json | undefined;
  if (!spec?.version || !spec?.nodeSets) problems.push('spec.version and spec.nodeSets are required');
  return problems;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Kubernetes' own rules for the core objects a plan emits: Secret and ConfigMap. */
function coreObjectProblems(object: Json): string[] {
  const problems: string[] = [];
  const allowed = new Set(['apiVersion', 'kind', 'metadata', 'type', 'data', 'stringData', 'immutable']);
  for (const key of Object.keys(object)) if (!allowed.has(key)) problems.push(`unknown field ${key}`);
  if (object.apiVersion !== 'v1') problems.push('apiVersion must be v1');
  const metadata = object.metadata as Json | undefined;
  if (typeof metadata?.name !== 'string' || !DNS_SUBDOMAIN.test(metadata.name) || metadata.name.length > 253) {
    problems.push(`metadata.name ${String(metadata?.name)} is not a DNS subdomain`);
  }
  if (metadata?.namespace !== undefined && !DNS_LABEL.test(String(metadata.namespace))) problems.push('bad namespace');
  for (const field of ['data', 'stringData'] as const) {
    const map = object[field];
    if (map === undefined) continue;
    if (!map || typeof map !== 'object') {
      problems.push(`${field} must be a map`);
      continue;
    }
    for (const [key, value] of Object.entries(map)) {
      if (!CONFIG_KEY.test(key)) problems.push(`${field} key ${key} is not a valid key`);
      if (typeof value !== 'string') problems.push(`${field}.${key} must be a string`);
      if (field === 'data' && object.kind === 'Secret' && typeof value === 'string' && !BASE64.test(value)) {
        problems.push(`data.${key} must be base64`);
      }
    }
  }
  if (object.kind === 'ConfigMap' && object.stringData !== undefined) problems.push('a ConfigMap has no stringData');
  return problems;
}

export function manifestProblems(content: string): string[] {
  const documents = parseAllDocuments(content);
  if (!Array.isArray(documents) || documents.length === 0) return ['no YAML document'];
  return documents.flatMap((document, index) => {
    if (document.errors.length > 0) return document.errors.map((error) => `document ${index}: ${error.message}`);
    const object = document.toJS() as Json;
    const problems =
      object.kind === 'Elasticsearch'
        ? elasticsearchProblems(object)
        : object.kind === 'Secret' || object.kind === 'ConfigMap'
          ? coreObjectProblems(object)
          : [`kind ${String(object.kind)} is not one the plan emits`];
    return problems.map((problem) => `document ${index}: ${problem}`);
  });
}

/** RFC 7386, as `kubectl patch --type merge` applies it. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const result: Json = target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Json) } : {};
  for (const [key, value] of Object.entries(patch as Json)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

export function minimalElasticsearch(name: string, namespace: string): Json {
  return {
    apiVersion: 'elasticsearch.k8s.elastic.co/v1',
    kind: 'Elasticsearch',
    metadata: { name, namespace },
    spec: { version: '9.2.2', nodeSets: [{ name: 'default', count: 3 }] },
  };
}

const KUBECTL_PATCH = /^kubectl patch elasticsearch ([a-z0-9-]+) -n ([a-z0-9-]+) --type merge -p '((?:[^']|'"'"')*)'$/;

/** Each `kubectl patch elasticsearch` line of a shell artifact, merged onto a minimal resource and validated. */
export function shellProblems(content: string): string[] {
  const problems: string[] = [];
  try {
    execFileSync('bash', ['-n'], { input: content, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    problems.push(`bash -n: ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
  }
  for (const line of content.split('\n').filter((text) => text.startsWith('kubectl patch'))) {
    const match = KUBECTL_PATCH.exec(line);
    if (!match) {
      problems.push(`not a merge patch of an Elasticsearch resource: ${line}`);
      continue;
    }
    const [, name, namespace, quoted] = match;
    const patched = mergePatch(minimalElasticsearch(name!, namespace!), JSON.parse(quoted!.replaceAll(`'"'"'`, "'")));
    problems.push(...elasticsearchProblems(patched as Json).map((problem) => `patch of ${name}: ${problem}`));
  }
  return problems;
}

interface CloudApi {
  paths: Record<string, Record<string, { parameters?: { in: string; required?: boolean; schema?: Json }[] }>>;
  definitions: Json;
}
const cloudApis = {
  ech: readJson('elastic-cloud/ess-api-subset.json') as unknown as CloudApi,
  ece: readJson('elastic-cloud/ece-api-subset.json') as unknown as CloudApi,
};
const cloudDefinitions = {
  ech: prepare(cloudApis.ech.definitions, { anyForBareObject: true }) as Json,
  ece: prepare(cloudApis.ece.definitions, { anyForBareObject: true }) as Json,
};

export function cloudRequestProblems(request: {
  api: 'ech' | 'ece';
  method: string;
  path: string;
  body?: unknown;
}): string[] {
  const api = cloudApis[request.api];
  if (!request.path.startsWith('/api/v1/')) return [`path ${request.path} does not start with /api/v1/`];
  const relative = request.path.slice('/api/v1'.length);
  const template = Object.keys(api.paths).find((candidate) =>
    new RegExp(`^${candidate.replace(/\{[^}]+\}/g, '[A-Za-z0-9_-]+')}$`).test(relative),
  );
  if (!template) return [`${request.path} is not in the ${request.api} API`];
  const operation = api.paths[template]![request.method.toLowerCase()];
  if (!operation) return [`${request.method} ${template} is not in the ${request.api} API`];
  const bodyParameter = operation.parameters?.find((parameter) => parameter.in === 'body');
  if (!bodyParameter) return request.body === undefined ? [] : [`${request.method} ${template} takes no body`];
  if (request.body === undefined) return bodyParameter.required ? [`${request.method} ${template} needs a body`] : [];
  const validate = ajv.compile({ ...bodyParameter.schema, definitions: cloudDefinitions[request.api] });
  return validate(request.body) ? [] : describe(validate).map((problem) => `${template} body ${problem}`);
}

const REMOTE_FIELDS = new Set(['mode', 'seeds', 'proxy_address', 'server_name', 'skip_unavailable']);

function clusterSettingsProblems(content: Json): string[] {
  const remote = ((content.persistent as Json | undefined)?.cluster as Json | undefined)?.remote as Json | undefined;
  if (!remote || Object.keys(content).length !== 1) return ['must be {"persistent": {"cluster": {"remote": {...}}}}'];
  return Object.values(remote).flatMap((settings) =>
    Object.keys(settings as Json)
      .filter((key) => !REMOTE_FIELDS.has(key))
      .map((key) => `unknown remote setting ${key}`),
  );
}

function ymlProblems(content: string): string[] {
  try {
    const parsed = parseYaml(content) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return ['elasticsearch.yml must be a map'];
    return [];
  } catch (error) {
    return [`YAML: ${(error as Error).message}`];
  }
}

export function artifactProblems(artifact: Artifact): string[] {
  switch (artifact.kind) {
    case 'kubernetes-manifest':
      return manifestProblems(artifact.content);
    case 'shell':
      return shellProblems(artifact.content);
    case 'cloud-api-request':
      return cloudRequestProblems(artifact.content);
    case 'cluster-settings':
      return clusterSettingsProblems(artifact.content);
    case 'elasticsearch-yml':
      return ymlProblems(artifact.content);
    case 'console-action':
      return artifact.content.description ? [] : ['a console action says what it does'];
  }
}

/** Every problem of every artifact of a plan, each prefixed with its step and artifact. */
export function planProblems(plan: ConnectionPlan): string[] {
  return plan.steps.flatMap((step) =>
    step.artifacts.flatMap((artifact) =>
      artifactProblems(artifact).map((problem) => `${step.id} / ${artifact.title}: ${problem}`),
    ),
  );
}
