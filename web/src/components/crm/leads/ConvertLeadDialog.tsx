import { createSignal, Show } from 'solid-js';
import ActionDialog from '../ActionDialog';
import { SelectField, TextField } from '../fields';
import { api } from '../../../lib/api';
import { TRADES } from '../../../lib/types';
import type { ConvertLeadResult, Lead } from '../../../lib/types/leads';

/** Turns a lead into a customer (contact details carry over), optionally with a first job. */
export default function ConvertLeadDialog(props: { lead: Lead | undefined; onClose: () => void; onConverted: (result: ConvertLeadResult) => void }) {
  const [withJob, setWithJob] = createSignal(false);
  const [title, setTitle] = createSignal('');
  const [trade, setTrade] = createSignal('');
  const [start, setStart] = createSignal('');

  const convert = async () => {
    const lead = props.lead;
    if (!lead) return;
    let body: Record<string, unknown> = {};
    if (withJob()) {
      if (!title().trim()) throw new Error('Give the job a title.');
      if (!trade() && !lead.trade) throw new Error('Choose the trade of the job.');
      body = {
        createJob: {
          title: title().trim(),
          ...(trade() ? { trade: trade() } : {}),
          ...(start() ? { scheduledStart: new Date(start()).toISOString() } : {}),
        },
      };
    }
    const result = await api<ConvertLeadResult>(`/leads/${encodeURIComponent(lead.id)}/convert`, { method: 'POST', body });
    setWithJob(false);
    setTitle('');
    setTrade('');
    setStart('');
    props.onConverted(result);
  };

  return (
    <ActionDialog
      open={Boolean(props.lead)}
      title={`Make ${props.lead?.name ?? ''} a customer?`}
      description="Name, email, phone, address and notes carry over, and the lead is marked won."
      confirmLabel="Convert"
      busyLabel="Converting…"
      onConfirm={convert}
      onClose={props.onClose}
      testId="lead-convert-dialog"
    >
      <label class="flex items-center gap-2 text-sm">
        <input type="checkbox" class="size-4 accent-brand-600" checked={withJob()} onChange={(event) => setWithJob(event.currentTarget.checked)} data-testid="lead-convert-job" />
        Also create their first job
      </label>
      <Show when={withJob()}>
        <div class="space-y-4">
          <TextField id="lead-job-title" label="Job title" maxLength={200} placeholder="Panel upgrade" value={title()} onValue={setTitle} />
          <SelectField id="lead-job-trade" label="Trade" optional={Boolean(props.lead?.trade)} placeholder={props.lead?.trade ? 'Same as the lead' : 'Choose a trade'} options={TRADES} value={trade()} onValue={setTrade} />
          <TextField id="lead-job-start" label="Scheduled start" optional type="datetime-local" value={start()} onValue={setStart} />
        </div>
      </Show>
    </ActionDialog>
  );
}
