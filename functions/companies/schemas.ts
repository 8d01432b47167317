import { z } from '@hono/zod-openapi'
import { companyTiers, memberRoles, trades, usStates } from '../../db/schema'
import { optionalText } from '../lib/openapi'

export const CompanyInput = z
  .object({
    name: z.string().trim().min(1, { error: 'Company name is required.' }).max(200).openapi({ example: 'Northline Electric LLC' }),
    trades: z
      .array(z.enum(trades))
      .min(1, { error: 'Pick at least one trade.' })
      .max(trades.length)
      .refine((list) => new Set(list).size === list.length, { error: 'Each trade once.' })
      .openapi({ example: ['electrical'] }),
    state: z.enum(usStates, { error: 'Use the two-letter state code, e.g. CT.' }).nullable().optional().openapi({ example: 'CT' }),
    licenseNumber: optionalText(100).openapi({ type: 'string', example: 'E1-0123456' }),
    phone: optionalText(40).openapi({ type: 'string' }),
    email: z.email({ error: 'Must be an email address.' }).max(254).nullable().optional(),
    address: optionalText(500).openapi({ type: 'string' }),
    tier: z.enum(companyTiers).optional(),
    employeeCount: z.number().int().min(1).max(100_000).nullable().optional(),
  })
  .strict()
  .openapi('CompanyInput')

export const CompanyPatch = CompanyInput.partial()
  .extend({ contributeToIntelligence: z.boolean().optional() })
  .strict()
  .openapi('CompanyPatch')

export const Company = z
  .object({
    id: z.uuid(),
    name: z.string(),
    trades: z.array(z.string()),
    state: z.string().nullable(),
    licenseNumber: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    tier: z.enum(companyTiers),
    employeeCount: z.number().int().nullable(),
    contributeToIntelligence: z.boolean(),
    logoUrl: z.string().nullable().openapi({ description: 'Download with the same bearer token', example: '/api/v1/files/7f1c2a4e-8d1b-4c7a-9a55-2b8f0e6d3c11' }),
    createdAt: z.iso.datetime(),
  })
  .openapi('Company')

export const MemberInput = z
  .object({
    email: z
      .email({ error: 'Must be an email address.' })
      .max(254)
      .transform((v) => v.toLowerCase())
      .openapi({ example: 'sam@northline.example' }),
    role: z.enum(memberRoles).openapi({ example: 'tech' }),
  })
  .strict()
  .openapi('MemberInput')

export const MemberRoleInput = z.object({ role: z.enum(memberRoles) }).strict().openapi('MemberRoleInput')

export const Member = z
  .object({
    id: z.uuid(),
    /** null while the invitation is waiting for the person to sign up. */
    userId: z.uuid().nullable(),
    email: z.string(),
    role: z.enum(memberRoles),
    status: z.enum(['active', 'invited']),
    createdAt: z.iso.datetime(),
  })
  .openapi('Member')

export const MemberList = z.object({ data: z.array(Member) }).openapi('MemberList')

export type CompanyInput = z.output<typeof CompanyInput>
export type CompanyPatch = z.output<typeof CompanyPatch>
export type Company = z.output<typeof Company>
export type Member = z.output<typeof Member>
