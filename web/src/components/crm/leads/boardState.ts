import type { Kanban, Lead, LeadStage } from '../../../lib/types/leads';

/**
 * The board after `lead` moved to `stage`: it leaves its column and goes to the top of the
 * new one, and both columns' counts and values follow. Used to move the card at once, before
 * the server answers (and to put it back if the server refuses).
 */
export function moveOnBoard(board: Kanban, lead: Lead, stage: LeadStage): Kanban {
  const value = lead.estimatedValueCents ?? 0;
  return {
    columns: board.columns.map((column) => {
      if (column.stage === lead.stage && column.stage !== stage) {
        return { ...column, count: column.count - 1, valueCents: column.valueCents - value, leads: column.leads.filter((l) => l.id !== lead.id) };
      }
      if (column.stage === stage && lead.stage !== stage) {
        return { ...column, count: column.count + 1, valueCents: column.valueCents + value, leads: [{ ...lead, stage }, ...column.leads] };
      }
      return column;
    }),
  };
}

/** The board with one lead replaced by the server's version (after an edit or a move). */
export function replaceOnBoard(board: Kanban, lead: Lead): Kanban {
  const previous = board.columns.flatMap((column) => column.leads).find((l) => l.id === lead.id);
  const moved = previous && previous.stage !== lead.stage ? moveOnBoard(board, previous, lead.stage) : board;
  const valueChange = (lead.estimatedValueCents ?? 0) - (previous?.estimatedValueCents ?? 0);
  return {
    columns: moved.columns.map((column) =>
      column.stage === lead.stage
        ? {
            ...column,
            valueCents: previous ? column.valueCents + valueChange : column.valueCents,
            leads: column.leads.map((l) => (l.id === lead.id ? lead : l)),
          }
        : column,
    ),
  };
}

/** The board with a new lead at the top of its column. */
export function addToBoard(board: Kanban, lead: Lead): Kanban {
  return {
    columns: board.columns.map((column) =>
      column.stage === lead.stage ? { ...column, count: column.count + 1, valueCents: column.valueCents + (lead.estimatedValueCents ?? 0), leads: [lead, ...column.leads] } : column,
    ),
  };
}

/** The board without a deleted lead. */
export function removeFromBoard(board: Kanban, lead: Lead): Kanban {
  return {
    columns: board.columns.map((column) =>
      column.stage === lead.stage
        ? { ...column, count: column.count - 1, valueCents: column.valueCents - (lead.estimatedValueCents ?? 0), leads: column.leads.filter((l) => l.id !== lead.id) }
        : column,
    ),
  };
}
