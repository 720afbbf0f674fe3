import type { Deployment } from '@/lib/deployments/schema';
import { DEPLOYMENT_TYPE_LABELS } from '@/lib/deployments/types';
import type { Artifact, ConnectionPlan, PlanSideDescription } from './model';

// A plan as Markdown for a change ticket: every step in order, its reason, clicks and artifacts in fenced blocks.
// The key placeholder stays a placeholder: a runbook is filed and shared, the key is not.

function describeDeployment(deployment: Deployment): string {
  const label = DEPLOYMENT_TYPE_LABELS[deployment.type];
  switch (deployment.type) {
    case 'self-managed':
      return label;
    case 'eck':
      return (
        `${label}: ${deployment.name} in ${deployment.namespace}` +
        (deployment.eckVersion ? `, ECK ${deployment.eckVersion}` : '')
      );
    case 'ech':
    case 'ece':
      return `${label}: deployment ${deployment.deploymentId}${deployment.refId ? ` (${deployment.refId})` : ''}`;
  }
}

function sideLine(side: PlanSideDescription): string {
  return `${describeDeployment(side.deployment)}${side.source === 'guess' ? ' (guessed)' : ''}`;
}

/** A fence longer than any run of backticks in the content, so no content can close it early. */
function fenced(language: string, content: string): string {
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${content.replace(/\n$/, '')}\n${fence}`;
}

function artifactBlock(artifact: Artifact): string {
  switch (artifact.kind) {
    case 'elasticsearch-yml':
    case 'kubernetes-manifest':
      return fenced('yaml', artifact.content);
    case 'shell':
      return fenced('sh', artifact.content);
    case 'cluster-settings':
      return fenced('json', `PUT _cluster/settings\n${JSON.stringify(artifact.content, null, 2)}`);
    case 'cloud-api-request': {
      const { method, path, body, baseUrl } = artifact.content;
      const request = `${method} ${baseUrl}${path}${body === undefined ? '' : `\n${JSON.stringify(body, null, 2)}`}`;
      return fenced('json', request);
    }
    case 'console-action':
      return `The console does this itself: ${artifact.content.description}`;
  }
}

export function planRunbook(plan: ConnectionPlan, clusterNames: { local: string; remote: string }): string {
  const model = plan.securityModel === 'api_key' ? 'API key' : 'TLS certificate (deprecated since 9.0)';
  const lines = [
    `# Connect ${clusterNames.local} to ${clusterNames.remote} as remote "${plan.alias}"`,
    '',
    `- Security model: ${model}`,
    `- Local cluster: ${sideLine(plan.local)}`,
    `- Remote cluster: ${sideLine(plan.remote)}`,
    '',
  ];
  if (plan.steps.some((step) => JSON.stringify(step.artifacts).includes(plan.keyPlaceholder))) {
    lines.push(
      `Replace ${plan.keyPlaceholder} with the encoded cross-cluster API key when applying; never file the key.`,
      '',
    );
  }
  plan.steps.forEach((step, index) => {
    lines.push(`## ${index + 1}. ${step.title} (${step.side} cluster)`, '', step.why, '');
    for (const instruction of step.instructions ?? []) lines.push(`- ${instruction}`);
    if (step.instructions?.length) lines.push('');
    for (const artifact of step.artifacts) lines.push(`**${artifact.title}**`, '', artifactBlock(artifact), '');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
