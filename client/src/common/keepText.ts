/**
 * A TextInput `parse` that keeps a cleared input as `''`: react-admin's
 * default turns it into `null`, which a `string` field of the schemas rejects.
 */
export const keepText = (value: string) => value
