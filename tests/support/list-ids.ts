import type { TestApi } from './api'

type Sort = { field: string; order: 'ASC' | 'DESC' }

/** One page of `resource` through ra-data-simple-rest, as its ids in the order the API gave and the total. */
export async function listIds(
  api: TestApi,
  resource: string,
  filter: Record<string, unknown>,
  sort: Sort = { field: 'id', order: 'ASC' },
): Promise<{ ids: number[]; total: number }> {
  const { data, total } = await api.dataProvider.getList(resource, {
    filter,
    sort,
    pagination: { page: 1, perPage: 100 },
  })
  return { ids: data.map((record) => Number(record.id)), total: total ?? 0 }
}
