import SearchPicker, { type PickerOption } from '../SearchPicker';
import { api } from '../../../lib/api';
import { humanize } from '../../../lib/format';
import type { Paged } from '../../../lib/types';
import type { JobRef } from '../../../lib/types/expenses';

/** Finds a job by title (a tech finds only the jobs assigned to them). */
export default function JobPicker(props: { id: string; label: string; value: PickerOption | undefined; onChange: (job: PickerOption | undefined) => void; optional?: boolean; error?: string; disabled?: boolean }) {
  const search = async (text: string, signal: AbortSignal) => {
    const page = await api<Paged<JobRef>>('/jobs', { query: { search: text, pageSize: 10 }, signal });
    return page.data.map((job) => ({ id: job.id, name: job.title, detail: `${job.customer.name} · ${humanize(job.status)}` }));
  };
  return (
    <SearchPicker
      id={props.id}
      label={props.label}
      noun="job"
      placeholder="Search jobs by title"
      value={props.value}
      onChange={props.onChange}
      search={search}
      emptyText={(query) => (query ? `No job matches “${query}”.` : 'No jobs to link yet.')}
      optional={props.optional}
      error={props.error}
      disabled={props.disabled}
    />
  );
}
