import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { gantry, ok, type QueryOf } from './client.js';

/** Query of GET /api/capacity: group by, unit, from/to (YYYY-MM-DD), portfolio or project. */
export type CapacityParams = QueryOf<'/api/capacity'>;
/** Query of GET /api/capacity/cell. */
export type CapacityCellParams = QueryOf<'/api/capacity/cell'>;

/** Capacity against demand; keeps the previous grid on screen while new controls load. */
export function useCapacity(params: CapacityParams, enabled = true) {
  return useQuery({
    queryKey: ['capacity', params],
    queryFn: () => ok(gantry.GET('/api/capacity', { params: { query: params } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The tasks behind one cell, once one is chosen. */
export function useCapacityCell(params: CapacityCellParams | null) {
  return useQuery({
    queryKey: ['capacity-cell', params],
    queryFn: () => ok(gantry.GET('/api/capacity/cell', { params: { query: params as CapacityCellParams } })),
    enabled: params !== null,
  });
}
