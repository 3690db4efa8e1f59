import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconBook, IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { SYSTEM_ROLE_LABELS } from '../../../src/core/roles.js';
import { useCurrentUser, useLogout } from '../api/auth.js';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** The signed-in user's name and role, with tokens, API docs and sign-out. */
export function UserMenu() {
  const { user } = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const roleLabel = SYSTEM_ROLE_LABELS[user.role];

  return (
    <Menu position="bottom-end" width={240} shadow="md">
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
