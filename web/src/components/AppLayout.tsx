import { AppShell, Burger, Group, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import {
  IconBriefcase,
  IconCalendarTime,
  IconChartTreemap,
  IconChecklist,
  IconClockHour4,
  IconFileReport,
  IconFlag,
  IconGavel,
  IconHeartbeat,
  IconHistory,
  IconKey,
  IconUsers,
  IconUsersGroup,
  IconWebhook,
} from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../api/auth.js';
import { can } from '../lib/can.js';
import { NotificationBell } from '../notifications/NotificationBell.js';
import { GantryLogo } from './GantryLogo.js';
import { UserMenu } from './UserMenu.js';

interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly icon: typeof IconUsers;
  readonly show: boolean;
}

/** The signed-in frame: header with product name and user menu, navigation that follows the role, page content. */
export function AppLayout() {
  const me = useCurrentUser();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const phone = useMediaQuery('(max-width: 48em)');
  // On phones the navigation is a drawer; following a link should put the page in view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(close, [location.pathname]);

  const items: NavItem[] = [
    { to: '/', label: 'Portfolio', icon: IconChartTreemap, show: true },
    { to: '/projects', label: 'Projects', icon: IconBriefcase, show: true },
    { to: '/milestones', label: 'Milestones', icon: IconFlag, show: true },
    // Everyone who reads portfolios may read the rules their projects are judged by; only the PMO edits them.
    { to: '/health-rules', label: 'Health rules', icon: IconHeartbeat, show: true },
    { to: '/actions', label: 'My actions', icon: IconChecklist, show: true },
    { to: '/timesheets', label: 'My timesheet', icon: IconClockHour4, show: can(me, 'timesheet.enter') },
    { to: '/decisions', label: 'Decisions', icon: IconGavel, show: can(me, 'decision.read') },
    { to: '/reports', label: 'Status reports', icon: IconFileReport, show: true },
    { to: '/calendars', label: 'Calendars', icon: IconCalendarTime, show: true },
    { to: '/users', label: 'Users', icon: IconUsers, show: can(me, 'user.directory') },
    { to: '/audit', label: 'Audit', icon: IconHistory, show: can(me, 'audit.read') },
    { to: '/webhooks', label: 'Webhooks', icon: IconWebhook, show: can(me, 'webhook.manage') },
    // The pool for those who staff projects; anyone else sees their own record there.
    {
      to: '/resources',
      label: can(me, 'resource.read') ? 'Resources' : 'My resource record',
      icon: IconUsersGroup,
      show: true,
    },
    { to: '/capacity', label: 'Capacity', icon: IconUsersGroup, show: can(me, 'capacity.read') },
  ];
  const isActive = (to: string) =>
    to === '/' ? location.pathname === '/' : location.pathname === to || location.pathname.startsWith(`${to}/`);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <a href="#main" className="gantry-skip-link">
          Skip to content
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <UnstyledButton component={Link} to="/" aria-label="Gantry home">
              <Group gap={8} wrap="nowrap">
                <GantryLogo size={26} />
                <Text fw={700} size="lg">
                  Gantry
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap={4} wrap="nowrap">
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {/* A folded drawer is only moved off screen; inert keeps its links out of the tab order too. */}
      <AppShell.Navbar p="sm" aria-label="Main navigation" inert={phone && !opened}>
        <AppShell.Section grow>
          {items
            .filter((i) => i.show)
            .map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                leftSection={<item.icon size={18} stroke={1.6} />}
                active={isActive(item.to)}
                aria-current={isActive(item.to) ? 'page' : undefined}
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            ))}
        </AppShell.Section>
        <AppShell.Section>
          <NavLink
            component={Link}
            to="/settings/tokens"
            label="API tokens"
            leftSection={<IconKey size={18} stroke={1.6} />}
            active={isActive('/settings/tokens')}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
