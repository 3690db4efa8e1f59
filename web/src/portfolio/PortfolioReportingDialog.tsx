import type { Portfolio } from '../../../src/contracts/index.js';
import { usePortfolioReporting } from '../api/status-reports.js';
import { ReportingDialog } from '../reports/ReportingDialog.js';

/** A portfolio's reporting cadence and template: the PMO sets them, everyone else reads them. */
export function PortfolioReportingDialog({ portfolio, onClose }: { portfolio: Portfolio; onClose: () => void }) {
  const query = usePortfolioReporting(portfolio.id);
  return <ReportingDialog scope="portfolio" title={`Reporting: ${portfolio.name}`} query={query} onClose={onClose} />;
}
