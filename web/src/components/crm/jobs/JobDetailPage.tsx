import JobDetail from './JobDetail';
import RecordPage from '../RecordPage';

/** `/crm/jobs/view/?id=…`. */
export default function JobDetailPage() {
  return (
    <RecordPage
      section="jobs"
      missing={{ title: 'No job chosen', message: 'Open a job from the list or the calendar.', testId: 'job-missing', href: '/crm/jobs/', linkLabel: 'Go to jobs' }}
    >
      {(workspace, id) => <JobDetail workspace={workspace} jobId={id} />}
    </RecordPage>
  );
}
