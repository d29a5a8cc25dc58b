/** What other parts of the SPA (e.g. the task page) may use of the reporting feature. */
export { reportFormPath, REPORTS_PATH } from './report-form-path';
