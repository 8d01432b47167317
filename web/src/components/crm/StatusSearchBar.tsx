import SearchBox from './SearchBox';
import StatusTabs from './StatusTabs';
import type { ListQuery } from '../../lib/addressBar';

interface StatusSearchBarProps {
  /** The list's record, singular (`bid`): names the ids `bid-status-filter` and `bid-search`. */
  noun: string;
  query: ListQuery;
  options: ReadonlyArray<{ value: string; label: string }>;
  placeholder: string;
}

/** A list's status tabs beside its search box, both kept in the address bar by `query`. */
export default function StatusSearchBar(props: StatusSearchBarProps) {
  return (
    <div class="mt-6 flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
      <StatusTabs label={`Filter ${props.noun}s by status`} value={props.query.status()} options={props.options} onChange={props.query.setStatus} testId={`${props.noun}-status-filter`} />
      <SearchBox id={`${props.noun}-search`} label={`Search ${props.noun}s`} placeholder={props.placeholder} value={props.query.search()} onSearch={props.query.setSearch} />
    </div>
  );
}
