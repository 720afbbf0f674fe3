// EUI ships no types for its per-icon modules and the icon cache; these are the two shapes we use.
declare module '@elastic/eui/optimize/es/components/icon/assets/*' {
  import type { ComponentType, SVGProps } from 'react';
  export const icon: ComponentType<SVGProps<SVGSVGElement>>;
}

declare module '@elastic/eui/optimize/es/components/icon/icon' {
  import type { ComponentType } from 'react';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- EUI's own signature takes any component
  export function appendIconComponentCache(icons: Record<string, ComponentType<any>>): void;
}
