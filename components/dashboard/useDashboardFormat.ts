import { useI18n } from '../../lib/i18n/preact';
import { dashboardFormat, type DashboardFormat } from '../../lib/dashboard/format';

/** The dashboard's words, numbers and dates in the language the learner chose (re-renders when it changes). */
export function useDashboardFormat(): DashboardFormat {
  return dashboardFormat(useI18n().locale);
}
