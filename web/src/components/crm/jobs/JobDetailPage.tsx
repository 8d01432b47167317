import JobDetail from './JobDetail';
import { EmptyState } from './ListStates';
import CrmShell from '../CrmShell';

/** `/crm/jobs/view/?id=…`. */
export default function JobDetailPage() {
  return (
    <CrmShell section="jobs">
      {(workspace) => {
        // Read in the browser only: the page is pre-rendered without a window.
        const id = new URLSearchParams(window.location.search).get('id');
        return id ? (
          <JobDetail workspace={workspace} jobId={id} />
        ) : (
          <EmptyState title="No job chosen" testId="job-missing" action={<a class="btn-primary" href="/crm/jobs/">Go to jobs</a>}>
            Open a job from the list or the calendar.
          </EmptyState>
        );
      }}
    </CrmShell>
  );
}
