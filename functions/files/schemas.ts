import { z } from '@hono/zod-openapi'

export const FileInfo = z
  .object({
    id: z.uuid(),
    name: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    url: z.string().openapi({ description: 'Download with the same bearer token', example: '/api/v1/files/7f1c2a4e-8d1b-4c7a-9a55-2b8f0e6d3c11' }),
    createdAt: z.iso.datetime(),
  })
  .openapi('FileInfo')
export type FileInfo = z.output<typeof FileInfo>
