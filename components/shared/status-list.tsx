'use client';
import { TextWithConsoleLinks } from './text-with-console-links';
import type { ReactNode } from 'react';
import { EuiFlexGroup, EuiFlexItem, EuiIcon, EuiText } from '@elastic/eui';

export interface StatusIcon {
  type: string;
  color: string;
  label: string;
}

export interface StatusItem {
  id: string;
  icon: StatusIcon;
  /** Set as data-<name> on the row, so tests (and people's tools) read the state without parsing text. */
  data: Record<string, string>;
  title: string;
  detail: ReactNode;
  fix?: string;
}

/** A list of checks or findings: an icon saying how it went, what was read, and the fix when there is one. */
export function StatusList({
  items,
  testSubj,
  itemTestSubj,
}: {
  items: StatusItem[];
  testSubj: string;
  itemTestSubj: string;
}) {
  return (
    <ul data-test-subj={testSubj} style={{ listStyle: 'none', padding: 0 }}>
      {items.map((item) => (
        <li
          key={item.id}
          data-test-subj={`${itemTestSubj}-${item.id}`}
          {...Object.fromEntries(Object.entries(item.data).map(([name, value]) => [`data-${name}`, value]))}
          style={{ marginBottom: 12 }}
        >
          <EuiFlexGroup gutterSize="s" responsive={false} alignItems="flexStart">
            <EuiFlexItem grow={false}>
              <EuiIcon type={item.icon.type} color={item.icon.color} aria-label={item.icon.label} />
            </EuiFlexItem>
            <EuiFlexItem>
              <EuiText size="s">
                <strong>{item.title}</strong>
                <div>{item.detail}</div>
                {item.fix && (
                  <div>
                    <em>Fix:</em> <TextWithConsoleLinks text={item.fix} />
                  </div>
                )}
              </EuiText>
            </EuiFlexItem>
          </EuiFlexGroup>
        </li>
      ))}
    </ul>
  );
}
