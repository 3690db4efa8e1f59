import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconBook, IconCheck, IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { SYSTEM_ROLE_LABELS } from '../../../src/core/roles.js';
import { useCurrentUser, useLogout } from '../api/auth.js';
import { DATE_STYLES, type DateStyle, dateStyle, dateStyleExample, setDateStyle } from '../lib/dates.js';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** The signed-in user's name and role, with tokens, API docs, the date format and sign-out. */
export function UserMenu() {
  const { user } = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const roleLabel = SYSTEM_ROLE_LABELS[user.role];
  const current = dateStyle();

  return (
    <Menu position="bottom-end" width={280} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`User menu: ${user.name}, ${roleLabel}`} px={6} py={4} style={{ borderRadius: 8 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="blue" radius="xl" size={32}>
              {initials(user.name)}
            </Avatar>
            <div style={{ lineHeight: 1.1 }}>
              <Text size="sm" fw={600} visibleFrom="xs">
                {user.name}
              </Text>
              <Text size="xs" c="dimmed" visibleFrom="xs">
                {roleLabel}
              </Text>
            </div>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {user.email} · {roleLabel}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item leftSection={<IconKey size={16} />} onClick={() => navigate('/settings/tokens')}>
          API tokens
        </Menu.Item>
        <Menu.Item
          leftSection={<IconBook size={16} />}
          component="a"
          href="/api/docs"
          target="_blank"
          rel="noopener noreferrer"
        >
          API docs
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>Dates</Menu.Label>
        {(Object.keys(DATE_STYLES) as DateStyle[]).map((style) => (
          <Menu.Item
            key={style}
            leftSection={
              style === current ? <IconCheck size={16} aria-label="In use" /> : <span style={{ width: 16 }} />
            }
            rightSection={
              <Text size="xs" c="dimmed">
                {dateStyleExample(style)}
              </Text>
            }
            onClick={() => {
              setDateStyle(style);
              // Dates are formatted during render all over the app (memoised grid rows too): start afresh.
              window.location.reload();
            }}
          >
            {DATE_STYLES[style].label}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} />}
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
        >
          Log out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
