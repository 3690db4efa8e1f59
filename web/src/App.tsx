import { Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout.js';
import { RequireAuth } from './components/RequireAuth.js';
import { AuditPage } from './pages/AuditPage.js';
import { CalendarsPage } from './pages/CalendarsPage.js';
import { CapacityPage } from './pages/CapacityPage.js';
import { DecisionsPage } from './pages/DecisionsPage.js';
import { HealthRulesPage } from './pages/HealthRulesPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { MilestonesPage } from './pages/MilestonesPage.js';
import { MoneyPage } from './pages/MoneyPage.js';
import { MyActionsPage } from './pages/MyActionsPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { NotificationsPage } from './pages/NotificationsPage.js';
import { PlanPage } from './pages/PlanPage.js';
import { PortfolioBudgetPage } from './pages/PortfolioBudgetPage.js';
import { PortfolioPage } from './pages/PortfolioPage.js';
import { ProjectActionsPage } from './pages/ProjectActionsPage.js';
import { ProjectBudgetPage } from './pages/ProjectBudgetPage.js';
import { ProjectHealthPage } from './pages/ProjectHealthPage.js';
import { ProjectPage } from './pages/ProjectPage.js';
import { ProjectsPage } from './pages/ProjectsPage.js';
import { ReportQueuePage } from './pages/ReportQueuePage.js';
import { ResourcesPage } from './pages/ResourcesPage.js';
import { StatusReportsPage } from './pages/StatusReportsPage.js';
import { TimesheetPage } from './pages/TimesheetPage.js';
import { TokensPage } from './pages/TokensPage.js';
import { UsersPage } from './pages/UsersPage.js';
import { WebhookPage } from './pages/WebhookPage.js';
import { WebhooksPage } from './pages/WebhooksPage.js';

/** Routes: the login page stands alone; everything else sits in the signed-in shell. */
export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<PortfolioPage />} />
        <Route path="projects" element={<ProjectsPage />} />
        <Route path="milestones" element={<MilestonesPage />} />
        <Route path="projects/:id" element={<ProjectPage />} />
        <Route path="projects/:id/plan" element={<PlanPage />} />
        <Route path="projects/:id/health" element={<ProjectHealthPage />} />
        <Route path="projects/:id/money" element={<MoneyPage />} />
        <Route path="projects/:id/budget" element={<ProjectBudgetPage />} />
        <Route path="portfolios/:id/budget" element={<PortfolioBudgetPage />} />
        <Route path="health-rules" element={<HealthRulesPage />} />
        <Route path="projects/:id/actions" element={<ProjectActionsPage />} />
        <Route path="actions" element={<MyActionsPage />} />
        <Route path="timesheets" element={<TimesheetPage />} />
        <Route path="decisions" element={<DecisionsPage />} />
        <Route path="projects/:id/reports" element={<StatusReportsPage />} />
        <Route path="reports" element={<ReportQueuePage />} />
        <Route path="calendars" element={<CalendarsPage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="settings/tokens" element={<TokensPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="webhooks" element={<WebhooksPage />} />
        <Route path="webhooks/:id" element={<WebhookPage />} />
        <Route path="resources" element={<ResourcesPage />} />
        <Route path="capacity" element={<CapacityPage />} />
        <Route path="projects/:id/capacity" element={<CapacityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
