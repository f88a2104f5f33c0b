import { buildOpenApiDocument } from './src/openapi/document'
import { Validator } from '@seriousme/openapi-schema-validator'
const doc = buildOpenApiDocument()
const v = new Validator()
const res = await v.validate(structuredClone(doc))
console.log(res.valid, JSON.stringify(res.errors, null, 1)?.slice(0, 3000), v.version)
console.log(JSON.stringify(doc.components.schemas.Venue))
const bad = structuredClone(doc) as any; bad.paths['/api/events'].get.responses = 5
console.log((await new Validator().validate(bad)).valid)
